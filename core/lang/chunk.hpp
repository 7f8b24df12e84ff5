// Code objects and the bytecode: 32-bit instructions, opcode in the low 8 bits, argument above.
#pragma once
#include <cstdint>
#include <vector>

#include "lang/object.hpp"

namespace tulip::lang {

#define TULIP_OPCODES(X)                                                                           \
  X(NOP)                                                                                           \
  X(POP_TOP) X(ROT_TWO) X(ROT_THREE) X(ROT_FOUR) X(DUP_TOP) X(DUP_TOP_TWO) X(LOAD_CONST) X(        \
      LOAD_FAST) X(STORE_FAST) X(DELETE_FAST) X(LOAD_FAST_CHECKED) X(LOAD_DEREF) X(STORE_DEREF)    \
      X(DELETE_DEREF) X(LOAD_CLOSURE) X(LOAD_CLASSDEREF) X(LOAD_GLOBAL) X(STORE_GLOBAL) X(         \
          DELETE_GLOBAL) X(LOAD_NAME) X(STORE_NAME) X(DELETE_NAME) X(LOAD_ATTR) X(STORE_ATTR)      \
          X(DELETE_ATTR) X(LOAD_METHOD) X(CALL_METHOD) X(CALL) X(KW_NAMES) X(CALL_EX) X(BINARY_OP) \
              X(UNARY_NEG) X(UNARY_POS) X(UNARY_NOT) X(UNARY_INVERT) X(COMPARE_OP) X(IS_OP) X(     \
                  CONTAINS_OP) X(BINARY_SUBSCR) X(STORE_SUBSCR) X(DELETE_SUBSCR) X(BUILD_SLICE)    \
                  X(BUILD_TUPLE) X(BUILD_LIST) X(BUILD_SET) X(BUILD_MAP) X(BUILD_STRING) X(        \
                      LIST_APPEND) X(SET_ADD) X(MAP_ADD) X(LIST_EXTEND) X(SET_UPDATE)              \
                      X(DICT_UPDATE) X(DICT_MERGE) X(LIST_TO_TUPLE) X(FORMAT_VALUE) X(             \
                          UNPACK_SEQUENCE) X(UNPACK_EX) X(JUMP) X(POP_JUMP_IF_FALSE)               \
                          X(POP_JUMP_IF_TRUE) X(JUMP_IF_FALSE_OR_POP) X(JUMP_IF_TRUE_OR_POP) X(    \
                              GET_ITER) X(FOR_ITER) X(SETUP_FINALLY) X(POP_BLOCK) X(PUSH_EXC_INFO) \
                              X(POP_EXCEPT) X(CHECK_EXC_MATCH) X(RERAISE) X(POP_EXCEPT_RERAISE) X( \
                                  RAISE_VARARGS) X(BEFORE_WITH) X(WITH_EXIT) X(WITH_EXCEPT_START)  \
                                  X(RETURN_VALUE) X(YIELD_VALUE) X(GET_YIELD_FROM_ITER)            \
                                      X(GET_AWAITABLE) X(SEND) X(MAKE_FUNCTION) X(BUILD_CLASS)     \
                                          X(IMPORT_NAME) X(IMPORT_FROM) X(IMPORT_STAR)             \
                                              X(LOAD_ASSERTION_ERROR) X(GET_AITER) X(GET_ANEXT)    \
                                                  X(END_ASYNC_FOR) X(BEFORE_ASYNC_WITH) X(         \
                                                      ASYNC_WITH_EXIT) X(ASYNC_WITH_EXCEPT_START)  \
                                                      X(SETUP_ANNOTATIONS) X(RETURN_GENERATOR)     \
                                                          X(NOT_IMPLEMENTED) X(COPY) X(SWAP)       \
                                                              X(SETUP_WITH) X(LOAD_BUILD_CLASS) X(POP_ITER) X(STORE_FAST_OWNED)

enum Op : uint8_t {
#define TULIP_OP_ENUM(name) OP_##name,
  TULIP_OPCODES(TULIP_OP_ENUM)
#undef TULIP_OP_ENUM
      OP__COUNT
};

const char* op_name(int op);

inline uint32_t make_instr(int op, uint32_t arg) { return uint32_t(op) | (arg << 8); }
inline int instr_op(uint32_t w) { return int(w & 0xff); }
inline uint32_t instr_arg(uint32_t w) { return w >> 8; }

// Binary operator numbers (BINARY_OP's argument; +INPLACE for augmented assignment).
enum BinOp : uint8_t {
  BIN_ADD,
  BIN_SUB,
  BIN_MUL,
  BIN_TRUEDIV,
  BIN_FLOORDIV,
  BIN_MOD,
  BIN_POW,
  BIN_LSHIFT,
  BIN_RSHIFT,
  BIN_AND,
  BIN_OR,
  BIN_XOR,
  BIN_MATMUL,
  BIN__COUNT
};
constexpr int BIN_INPLACE = 16;
enum CmpOp : uint8_t { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };

// MAKE_FUNCTION flags
constexpr uint32_t MF_DEFAULTS = 1, MF_KWDEFAULTS = 2, MF_CLOSURE = 8;
// CALL_EX flags
constexpr uint32_t CE_KWARGS = 1;
// FORMAT_VALUE flags: conversion in the low 2 bits (0 none, 1 str, 2 repr, 3 ascii), 4 = spec
constexpr uint32_t FV_SPEC = 4;

enum CodeFlags : uint32_t {
  CO_VARARGS = 1,
  CO_VARKEYWORDS = 2,
  CO_GENERATOR = 4,
  CO_COROUTINE = 8,
  CO_ASYNC_GENERATOR = 16,
  CO_NEWLOCALS = 32,
  CO_CLASS_BODY = 64,
  CO_MODULE = 128,
  CO_HAS_DOC = 256
};

struct GlobalCache {
  uint64_t version = ~0ull; // globals keys_version at fill time (for builtins hits)
  int32_t index = -1;       // entry index in globals (or builtins)
  bool builtin = false;
};

// An inline cache for one attribute / method / call instruction: valid while the receiver's
// type is `type` and the VM's type epoch (bumped on any class mutation or collection) is `epoch`.
struct AttrCache {
  TypeObj* type = nullptr;
  uint64_t epoch = 0;
  Value attr;        // the class attribute found (or the __init__ function for a call site)
  int32_t hint = -1; // index of the name in the instance dict's entries last time
  uint8_t kind = 0;  // what the fast path may do (see vm.cpp)
};

struct CodeObj : Obj {
  std::vector<uint32_t> code;
  std::vector<int32_t> lines; // source line per instruction
  std::vector<Value> consts;
  std::vector<StrObj*> names;    // attribute / global names
  std::vector<StrObj*> varnames; // fast locals (arguments first)
  std::vector<StrObj*> cellvars;
  std::vector<StrObj*> freevars;
  std::vector<int32_t> cell2arg;   // for each cellvar, the argument it copies (-1 none)
  std::vector<GlobalCache> gcache; // per names[] entry
  std::vector<AttrCache> acache;   // per instruction, allocated on first use by the VM
  StrObj* name = nullptr;
  StrObj* qualname = nullptr;
  StrObj* filename = nullptr;
  int argcount = 0; // positional (including positional-only)
  int posonlycount = 0;
  int kwonlycount = 0;
  uint32_t flags = 0;
  int firstline = 0;
  int stacksize = 0;
  int maxblocks = 0;
  // Frame layout, computed by the VM on the first call (frame_bucket < 0: not yet).
  int32_t frame_bucket = -1;
  uint32_t frame_nslots = 0; // fast locals + cells (initialised on frame creation)
  bool simple_args = false;  // positional only: no *args/**kw/kw-only/cells/generator
  // Fast locals that own the generator stored in them (see "generator ownership" in vm.cpp):
  // their stores are STORE_FAST_OWNED, and a normal return closes what they hold.
  std::vector<int32_t> owned_slots;
  int nlocals() const { return int(varnames.size()); }
  int ncells() const { return int(cellvars.size() + freevars.size()); }
};

} // namespace tulip::lang
