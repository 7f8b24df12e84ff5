// Tokens of the scenario language: what the lexer hands to the parser.
#pragma once

#include <cstdint>
#include <string_view>

namespace tulip::lang {

enum class TokenKind : std::uint8_t {
  EndMarker,
  Name,    // an identifier or a soft keyword (match, case, type, _)
  Number,  // the literal's source text; the parser converts it
  String,  // one literal with its prefix and quotes, f-strings included; the parser decodes it
  Newline, // the end of a logical line
  Indent,
  Dedent,
  Unknown, // a character that is no Python operator ('$', '?', '!', '`'): CPython's lone OP

  // Operators and delimiters.
  LPar,
  RPar,
  LSqb,
  RSqb,
  LBrace,
  RBrace,
  Colon,
  Comma,
  Semi,
  Dot,
  Ellipsis,
  RArrow,
  At,
  ColonEqual,
  Equal,
  Plus,
  Minus,
  Star,
  DoubleStar,
  Slash,
  DoubleSlash,
  Percent,
  Tilde,
  VBar,
  Amper,
  Circumflex,
  LeftShift,
  RightShift,
  Less,
  Greater,
  EqEqual,
  NotEqual,
  LessEqual,
  GreaterEqual,
  // Augmented assignment operators.
  PlusEqual,
  MinEqual,
  StarEqual,
  DoubleStarEqual,
  SlashEqual,
  DoubleSlashEqual,
  PercentEqual,
  AtEqual,
  AmperEqual,
  VBarEqual,
  CircumflexEqual,
  LeftShiftEqual,
  RightShiftEqual,

  // Keywords (hard keywords only; soft keywords stay Name tokens).
  False,
  None,
  True,
  And,
  As,
  Assert,
  Async,
  Await,
  Break,
  Class,
  Continue,
  Def,
  Del,
  Elif,
  Else,
  Except,
  Finally,
  For,
  From,
  Global,
  If,
  Import,
  In,
  Is,
  Lambda,
  Nonlocal,
  Not,
  Or,
  Pass,
  Raise,
  Return,
  Try,
  While,
  With,
  Yield,
};

// Positions as CPython keeps them: lines count from 1, columns are UTF-8 byte offsets from 0.
struct Token {
  TokenKind kind = TokenKind::EndMarker;
  std::string_view text; // the token's source text (empty for INDENT/DEDENT/ENDMARKER)
  int line = 0;
  int col = 0;
  int end_line = 0;
  int end_col = 0;
  int level = 0; // how many brackets are open after this token (CPython's tok->level)
};

// The keyword spelled `word`, or TokenKind::Name when `word` is no hard keyword.
TokenKind keyword_kind(std::string_view word);

// How a token kind is spelled in source ("(", "+=", "if"), or its class name ("NAME").
std::string_view token_kind_spelling(TokenKind kind);

inline bool is_keyword(TokenKind kind) { return kind >= TokenKind::False; }

} // namespace tulip::lang
