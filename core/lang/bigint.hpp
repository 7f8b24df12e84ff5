// Integers beyond 64 bits. Small results are always normalized back to a plain int Value.
#pragma once
#include <string>

#include "lang/object.hpp"

namespace tulip::lang {

bool is_bigint(const Value& v);
inline bool is_intlike(const Value& v) {
  return v.tag == Tag::Int || v.tag == Tag::Bool ||
         (v.tag == Tag::Obj && v.o->kind == Kind::BigInt);
}
// Arithmetic on ints of any size (op: BinOp). Called when a 64-bit fast path overflows or an
// operand is already big.
Value big_binop(const Value& a, const Value& b, int op);
Value big_neg(const Value& a);
Value big_invert(const Value& a);
int big_compare(const Value& a, const Value& b); // -1, 0, 1
std::string big_to_string(const Value& a, int base = 10);
Value big_from_string(std::string_view digits, int base, bool neg); // digits validated
double big_to_double(const Value& a);
Value big_from_double(double d);
int64_t big_hash(const Value& a);
int64_t big_bit_length(const Value& a);
Value big_pow_mod(const Value& a, const Value& b, const Value& m);
bool big_is_zero(const Value& a);
bool big_is_neg(const Value& a);

} // namespace tulip::lang
