// The Unicode character database behind str's predicates and case mapping (the properties
// CPython 3.11 uses: Unicode 14.0.0, with its full "special casing" mappings).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace tulip::lang::unicode {

bool is_alpha(uint32_t cp);
bool is_decimal(uint32_t cp);
bool is_digit(uint32_t cp);
bool is_numeric(uint32_t cp);
bool is_lower(uint32_t cp);
bool is_upper(uint32_t cp);
bool is_title(uint32_t cp);
bool is_space(uint32_t cp);
bool is_printable(uint32_t cp);
bool is_cased(uint32_t cp);
bool is_xid_start(uint32_t cp);
bool is_xid_continue(uint32_t cp);
int decimal_value(uint32_t cp); // -1 unless a decimal digit

// Whole-string case conversions, as str.lower() etc. (final sigma included).
std::string lower(std::string_view s);
std::string upper(std::string_view s);
std::string title(std::string_view s);
std::string capitalize(std::string_view s);
std::string swapcase(std::string_view s);
std::string casefold(std::string_view s);

} // namespace tulip::lang::unicode
