// The tokenizer follows CPython 3.11's tok_get() step by step, so that INDENT/DEDENT, NEWLINE
// and every tokenizer error come out where CPython puts them. Comments name the CPython rule
// that a less obvious step reproduces.
#include "lang/lexer.hpp"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <utility>

#include "lang/unicode_db.hpp"

namespace tulip::lang {

// --- Source file ------------------------------------------------------------------------------

SourceFile::SourceFile(std::string filename, std::string_view text)
    : filename_(std::move(filename)) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF")
    text.remove_prefix(3);
  text_.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      text_ += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n')
        ++i;
    } else {
      text_ += text[i];
    }
  }
  if (!text_.empty() && text_.back() != '\n')
    text_ += '\n';
  line_starts_.push_back(0);
  for (std::size_t i = 0; i + 1 < text_.size(); ++i)
    if (text_[i] == '\n')
      line_starts_.push_back(i + 1);
  if (text_.empty())
    line_starts_.clear();
}

std::string_view SourceFile::line(int lineno) const {
  if (lineno < 1 || lineno > line_count())
    return {};
  std::size_t start = line_starts_[lineno - 1];
  std::size_t end = lineno < line_count() ? line_starts_[lineno] : text_.size();
  return std::string_view(text_).substr(start, end - start);
}

std::size_t SourceFile::line_start(int lineno) const {
  if (lineno < 1)
    return 0;
  if (lineno > line_count())
    return text_.size();
  return line_starts_[lineno - 1];
}

// --- Characters -------------------------------------------------------------------------------

char32_t decode_utf8(std::string_view text, std::size_t pos, int* length) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char b0 = byte(pos);
  int n = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 0;
  if (n == 0 || pos + n > text.size()) {
    *length = 1;
    return b0;
  }
  char32_t c = n == 1 ? b0 : n == 2 ? (b0 & 0x1F) : n == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (int i = 1; i < n; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) {
      *length = 1;
      return b0;
    }
    c = (c << 6) | (byte(pos + i) & 0x3F);
  }
  *length = n;
  return c;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

int utf8_length(std::string_view text, std::size_t bytes) {
  int chars = 0;
  for (std::size_t i = 0; i < bytes && i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
      ++chars;
  return chars;
}

namespace {

struct Range {
  char32_t first, last;
};

template <std::size_t N> bool in_ranges(char32_t c, const Range (&ranges)[N]) {
  for (const Range& r : ranges)
    if (c >= r.first && c <= r.last)
      return true;
  return false;
}

// Punctuation, symbols and digits-only blocks: no identifier may hold these.
constexpr Range kNotIdentifier[] = {
    {0x80, 0xA9},     {0xAB, 0xB4},       {0xB6, 0xB6},     {0xB8, 0xB9},     {0xBB, 0xBF},
    {0xD7, 0xD7},     {0xF7, 0xF7},       {0x2010, 0x203E}, {0x2041, 0x2053}, {0x2055, 0x2070},
    {0x2074, 0x207E}, {0x2080, 0x208F},   {0x20A0, 0x20CF}, {0x2150, 0x215F}, {0x2189, 0x218F},
    {0x2190, 0x2BFF}, {0x2E00, 0x2E7F},   {0x3000, 0x3004}, {0x3008, 0x3020}, {0x3030, 0x3030},
    {0x303D, 0x303F}, {0xFE10, 0xFE19},   {0xFE30, 0xFE32}, {0xFE35, 0xFE4C}, {0xFE50, 0xFE6B},
    {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20},   {0xFF3B, 0xFF3E}, {0xFF40, 0xFF40}, {0xFF5B, 0xFF65},
    {0xFFE0, 0xFFEE}, {0x1F000, 0x1FAFF},
};

// Identifier characters that may not start one: combining marks, digits, connectors.
constexpr Range kContinueOnly[] = {
    {0xB7, 0xB7},     {0x300, 0x36F},   {0x483, 0x487},   {0x591, 0x5BD},   {0x660, 0x669},
    {0x6F0, 0x6F9},   {0x966, 0x96F},   {0x203F, 0x2040}, {0x2054, 0x2054}, {0x20D0, 0x20F0},
    {0x302A, 0x302F}, {0x3099, 0x309A}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFE33, 0xFE34},
    {0xFE4D, 0xFE4F}, {0xFF10, 0xFF19}, {0xFF3F, 0xFF3F},
};

bool is_ascii_identifier_start(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool is_ascii_digit(int c) { return c >= '0' && c <= '9'; }

bool is_hex_digit(int c) {
  return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// CPython's is_potential_identifier_start/char: any non-ASCII byte may belong to a name; the
// name is checked as a whole afterwards (verify_identifier).
bool is_potential_identifier_start(int c) { return is_ascii_identifier_start(c) || c >= 128; }
bool is_potential_identifier_char(int c) {
  return is_potential_identifier_start(c) || is_ascii_digit(c);
}

} // namespace

// str.isprintable()'s answer (the Unicode database's; it was a table of ranges of its own here).
bool is_printable(char32_t c) { return unicode::is_printable(c); }

bool is_identifier_char(char32_t c) {
  if (c < 0x80)
    return is_ascii_identifier_start(static_cast<int>(c)) || is_ascii_digit(static_cast<int>(c));
  return is_printable(c) && !in_ranges(c, kNotIdentifier);
}

bool is_identifier_start(char32_t c) {
  if (c < 0x80)
    return is_ascii_identifier_start(static_cast<int>(c));
  return is_identifier_char(c) && !in_ranges(c, kContinueOnly);
}

// --- Character names (\N{...} escapes) --------------------------------------------------------

namespace {

struct NamedCharacter {
  char32_t code;
  const char* name;
};

// The names of common punctuation, symbols, Latin-1 and a few emoji (from Unicode 14, as
// CPython 3.11's unicodedata). Letters, digits, Greek letters and CJK ideographs are computed.
// clang-format off
constexpr NamedCharacter kNamedCharacters[] = {
    {0x20, "SPACE"}, {0x21, "EXCLAMATION MARK"}, {0x22, "QUOTATION MARK"}, {0x23, "NUMBER SIGN"},
    {0x24, "DOLLAR SIGN"}, {0x25, "PERCENT SIGN"}, {0x26, "AMPERSAND"}, {0x27, "APOSTROPHE"},
    {0x28, "LEFT PARENTHESIS"}, {0x29, "RIGHT PARENTHESIS"}, {0x2A, "ASTERISK"},
    {0x2B, "PLUS SIGN"}, {0x2C, "COMMA"}, {0x2D, "HYPHEN-MINUS"}, {0x2E, "FULL STOP"},
    {0x2F, "SOLIDUS"}, {0x3A, "COLON"}, {0x3B, "SEMICOLON"}, {0x3C, "LESS-THAN SIGN"},
    {0x3D, "EQUALS SIGN"}, {0x3E, "GREATER-THAN SIGN"}, {0x3F, "QUESTION MARK"},
    {0x40, "COMMERCIAL AT"}, {0x5B, "LEFT SQUARE BRACKET"}, {0x5C, "REVERSE SOLIDUS"},
    {0x5D, "RIGHT SQUARE BRACKET"}, {0x5E, "CIRCUMFLEX ACCENT"}, {0x5F, "LOW LINE"},
    {0x60, "GRAVE ACCENT"}, {0x7B, "LEFT CURLY BRACKET"}, {0x7C, "VERTICAL LINE"},
    {0x7D, "RIGHT CURLY BRACKET"}, {0x7E, "TILDE"}, {0xA0, "NO-BREAK SPACE"},
    {0xA1, "INVERTED EXCLAMATION MARK"}, {0xA2, "CENT SIGN"}, {0xA3, "POUND SIGN"},
    {0xA4, "CURRENCY SIGN"}, {0xA5, "YEN SIGN"}, {0xA6, "BROKEN BAR"}, {0xA7, "SECTION SIGN"},
    {0xA8, "DIAERESIS"}, {0xA9, "COPYRIGHT SIGN"}, {0xAA, "FEMININE ORDINAL INDICATOR"},
    {0xAB, "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK"}, {0xAC, "NOT SIGN"}, {0xAD, "SOFT HYPHEN"},
    {0xAE, "REGISTERED SIGN"}, {0xAF, "MACRON"}, {0xB0, "DEGREE SIGN"}, {0xB1, "PLUS-MINUS SIGN"},
    {0xB2, "SUPERSCRIPT TWO"}, {0xB3, "SUPERSCRIPT THREE"}, {0xB4, "ACUTE ACCENT"},
    {0xB5, "MICRO SIGN"}, {0xB6, "PILCROW SIGN"}, {0xB7, "MIDDLE DOT"}, {0xB8, "CEDILLA"},
    {0xB9, "SUPERSCRIPT ONE"}, {0xBA, "MASCULINE ORDINAL INDICATOR"},
    {0xBB, "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK"}, {0xBC, "VULGAR FRACTION ONE QUARTER"},
    {0xBD, "VULGAR FRACTION ONE HALF"}, {0xBE, "VULGAR FRACTION THREE QUARTERS"},
    {0xBF, "INVERTED QUESTION MARK"}, {0xC0, "LATIN CAPITAL LETTER A WITH GRAVE"},
    {0xC1, "LATIN CAPITAL LETTER A WITH ACUTE"}, {0xC2, "LATIN CAPITAL LETTER A WITH CIRCUMFLEX"},
    {0xC3, "LATIN CAPITAL LETTER A WITH TILDE"}, {0xC4, "LATIN CAPITAL LETTER A WITH DIAERESIS"},
    {0xC5, "LATIN CAPITAL LETTER A WITH RING ABOVE"}, {0xC6, "LATIN CAPITAL LETTER AE"},
    {0xC7, "LATIN CAPITAL LETTER C WITH CEDILLA"}, {0xC8, "LATIN CAPITAL LETTER E WITH GRAVE"},
    {0xC9, "LATIN CAPITAL LETTER E WITH ACUTE"}, {0xCA, "LATIN CAPITAL LETTER E WITH CIRCUMFLEX"},
    {0xCB, "LATIN CAPITAL LETTER E WITH DIAERESIS"}, {0xCC, "LATIN CAPITAL LETTER I WITH GRAVE"},
    {0xCD, "LATIN CAPITAL LETTER I WITH ACUTE"}, {0xCE, "LATIN CAPITAL LETTER I WITH CIRCUMFLEX"},
    {0xCF, "LATIN CAPITAL LETTER I WITH DIAERESIS"}, {0xD0, "LATIN CAPITAL LETTER ETH"},
    {0xD1, "LATIN CAPITAL LETTER N WITH TILDE"}, {0xD2, "LATIN CAPITAL LETTER O WITH GRAVE"},
    {0xD3, "LATIN CAPITAL LETTER O WITH ACUTE"}, {0xD4, "LATIN CAPITAL LETTER O WITH CIRCUMFLEX"},
    {0xD5, "LATIN CAPITAL LETTER O WITH TILDE"}, {0xD6, "LATIN CAPITAL LETTER O WITH DIAERESIS"},
    {0xD7, "MULTIPLICATION SIGN"}, {0xD8, "LATIN CAPITAL LETTER O WITH STROKE"},
    {0xD9, "LATIN CAPITAL LETTER U WITH GRAVE"}, {0xDA, "LATIN CAPITAL LETTER U WITH ACUTE"},
    {0xDB, "LATIN CAPITAL LETTER U WITH CIRCUMFLEX"},
    {0xDC, "LATIN CAPITAL LETTER U WITH DIAERESIS"}, {0xDD, "LATIN CAPITAL LETTER Y WITH ACUTE"},
    {0xDE, "LATIN CAPITAL LETTER THORN"}, {0xDF, "LATIN SMALL LETTER SHARP S"},
    {0xE0, "LATIN SMALL LETTER A WITH GRAVE"}, {0xE1, "LATIN SMALL LETTER A WITH ACUTE"},
    {0xE2, "LATIN SMALL LETTER A WITH CIRCUMFLEX"}, {0xE3, "LATIN SMALL LETTER A WITH TILDE"},
    {0xE4, "LATIN SMALL LETTER A WITH DIAERESIS"}, {0xE5, "LATIN SMALL LETTER A WITH RING ABOVE"},
    {0xE6, "LATIN SMALL LETTER AE"}, {0xE7, "LATIN SMALL LETTER C WITH CEDILLA"},
    {0xE8, "LATIN SMALL LETTER E WITH GRAVE"}, {0xE9, "LATIN SMALL LETTER E WITH ACUTE"},
    {0xEA, "LATIN SMALL LETTER E WITH CIRCUMFLEX"}, {0xEB, "LATIN SMALL LETTER E WITH DIAERESIS"},
    {0xEC, "LATIN SMALL LETTER I WITH GRAVE"}, {0xED, "LATIN SMALL LETTER I WITH ACUTE"},
    {0xEE, "LATIN SMALL LETTER I WITH CIRCUMFLEX"}, {0xEF, "LATIN SMALL LETTER I WITH DIAERESIS"},
    {0xF0, "LATIN SMALL LETTER ETH"}, {0xF1, "LATIN SMALL LETTER N WITH TILDE"},
    {0xF2, "LATIN SMALL LETTER O WITH GRAVE"}, {0xF3, "LATIN SMALL LETTER O WITH ACUTE"},
    {0xF4, "LATIN SMALL LETTER O WITH CIRCUMFLEX"}, {0xF5, "LATIN SMALL LETTER O WITH TILDE"},
    {0xF6, "LATIN SMALL LETTER O WITH DIAERESIS"}, {0xF7, "DIVISION SIGN"},
    {0xF8, "LATIN SMALL LETTER O WITH STROKE"}, {0xF9, "LATIN SMALL LETTER U WITH GRAVE"},
    {0xFA, "LATIN SMALL LETTER U WITH ACUTE"}, {0xFB, "LATIN SMALL LETTER U WITH CIRCUMFLEX"},
    {0xFC, "LATIN SMALL LETTER U WITH DIAERESIS"}, {0xFD, "LATIN SMALL LETTER Y WITH ACUTE"},
    {0xFE, "LATIN SMALL LETTER THORN"}, {0xFF, "LATIN SMALL LETTER Y WITH DIAERESIS"},
    {0x2010, "HYPHEN"}, {0x2011, "NON-BREAKING HYPHEN"}, {0x2012, "FIGURE DASH"},
    {0x2013, "EN DASH"}, {0x2014, "EM DASH"}, {0x2015, "HORIZONTAL BAR"},
    {0x2016, "DOUBLE VERTICAL LINE"}, {0x2017, "DOUBLE LOW LINE"},
    {0x2018, "LEFT SINGLE QUOTATION MARK"}, {0x2019, "RIGHT SINGLE QUOTATION MARK"},
    {0x201A, "SINGLE LOW-9 QUOTATION MARK"}, {0x201B, "SINGLE HIGH-REVERSED-9 QUOTATION MARK"},
    {0x201C, "LEFT DOUBLE QUOTATION MARK"}, {0x201D, "RIGHT DOUBLE QUOTATION MARK"},
    {0x201E, "DOUBLE LOW-9 QUOTATION MARK"}, {0x201F, "DOUBLE HIGH-REVERSED-9 QUOTATION MARK"},
    {0x2020, "DAGGER"}, {0x2021, "DOUBLE DAGGER"}, {0x2022, "BULLET"},
    {0x2023, "TRIANGULAR BULLET"}, {0x2024, "ONE DOT LEADER"}, {0x2025, "TWO DOT LEADER"},
    {0x2026, "HORIZONTAL ELLIPSIS"}, {0x2027, "HYPHENATION POINT"}, {0x2030, "PER MILLE SIGN"},
    {0x2031, "PER TEN THOUSAND SIGN"}, {0x2032, "PRIME"}, {0x2033, "DOUBLE PRIME"},
    {0x2034, "TRIPLE PRIME"}, {0x2035, "REVERSED PRIME"}, {0x2036, "REVERSED DOUBLE PRIME"},
    {0x2037, "REVERSED TRIPLE PRIME"}, {0x2038, "CARET"},
    {0x2039, "SINGLE LEFT-POINTING ANGLE QUOTATION MARK"},
    {0x203A, "SINGLE RIGHT-POINTING ANGLE QUOTATION MARK"}, {0x20AC, "EURO SIGN"},
    {0x20B9, "INDIAN RUPEE SIGN"}, {0x20BD, "RUBLE SIGN"}, {0x2116, "NUMERO SIGN"},
    {0x2122, "TRADE MARK SIGN"}, {0x2190, "LEFTWARDS ARROW"}, {0x2191, "UPWARDS ARROW"},
    {0x2192, "RIGHTWARDS ARROW"}, {0x2193, "DOWNWARDS ARROW"}, {0x2194, "LEFT RIGHT ARROW"},
    {0x2195, "UP DOWN ARROW"}, {0x21D2, "RIGHTWARDS DOUBLE ARROW"},
    {0x21D4, "LEFT RIGHT DOUBLE ARROW"}, {0x2200, "FOR ALL"}, {0x2203, "THERE EXISTS"},
    {0x2205, "EMPTY SET"}, {0x2208, "ELEMENT OF"}, {0x2209, "NOT AN ELEMENT OF"},
    {0x2211, "N-ARY SUMMATION"}, {0x2212, "MINUS SIGN"}, {0x2218, "RING OPERATOR"},
    {0x221A, "SQUARE ROOT"}, {0x221E, "INFINITY"}, {0x2227, "LOGICAL AND"}, {0x2228, "LOGICAL OR"},
    {0x2229, "INTERSECTION"}, {0x222A, "UNION"}, {0x222B, "INTEGRAL"}, {0x2248, "ALMOST EQUAL TO"},
    {0x2260, "NOT EQUAL TO"}, {0x2261, "IDENTICAL TO"}, {0x2264, "LESS-THAN OR EQUAL TO"},
    {0x2265, "GREATER-THAN OR EQUAL TO"}, {0x2500, "BOX DRAWINGS LIGHT HORIZONTAL"},
    {0x2502, "BOX DRAWINGS LIGHT VERTICAL"}, {0x250C, "BOX DRAWINGS LIGHT DOWN AND RIGHT"},
    {0x2510, "BOX DRAWINGS LIGHT DOWN AND LEFT"}, {0x2514, "BOX DRAWINGS LIGHT UP AND RIGHT"},
    {0x2518, "BOX DRAWINGS LIGHT UP AND LEFT"}, {0x251C, "BOX DRAWINGS LIGHT VERTICAL AND RIGHT"},
    {0x2524, "BOX DRAWINGS LIGHT VERTICAL AND LEFT"},
    {0x252C, "BOX DRAWINGS LIGHT DOWN AND HORIZONTAL"},
    {0x2534, "BOX DRAWINGS LIGHT UP AND HORIZONTAL"},
    {0x253C, "BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL"},
    {0x2550, "BOX DRAWINGS DOUBLE HORIZONTAL"}, {0x2551, "BOX DRAWINGS DOUBLE VERTICAL"},
    {0x2588, "FULL BLOCK"}, {0x2591, "LIGHT SHADE"}, {0x2592, "MEDIUM SHADE"},
    {0x2593, "DARK SHADE"}, {0x25A0, "BLACK SQUARE"}, {0x25A1, "WHITE SQUARE"},
    {0x25AA, "BLACK SMALL SQUARE"}, {0x25B2, "BLACK UP-POINTING TRIANGLE"},
    {0x25B6, "BLACK RIGHT-POINTING TRIANGLE"}, {0x25BA, "BLACK RIGHT-POINTING POINTER"},
    {0x25BC, "BLACK DOWN-POINTING TRIANGLE"}, {0x25C0, "BLACK LEFT-POINTING TRIANGLE"},
    {0x25C4, "BLACK LEFT-POINTING POINTER"}, {0x25C6, "BLACK DIAMOND"}, {0x25CB, "WHITE CIRCLE"},
    {0x25CF, "BLACK CIRCLE"}, {0x2600, "BLACK SUN WITH RAYS"}, {0x2601, "CLOUD"},
    {0x2602, "UMBRELLA"}, {0x2603, "SNOWMAN"}, {0x2605, "BLACK STAR"}, {0x2606, "WHITE STAR"},
    {0x260E, "BLACK TELEPHONE"}, {0x2610, "BALLOT BOX"}, {0x2611, "BALLOT BOX WITH CHECK"},
    {0x2612, "BALLOT BOX WITH X"}, {0x2614, "UMBRELLA WITH RAIN DROPS"}, {0x2615, "HOT BEVERAGE"},
    {0x261D, "WHITE UP POINTING INDEX"}, {0x2620, "SKULL AND CROSSBONES"}, {0x262F, "YIN YANG"},
    {0x2639, "WHITE FROWNING FACE"}, {0x263A, "WHITE SMILING FACE"}, {0x2640, "FEMALE SIGN"},
    {0x2642, "MALE SIGN"}, {0x2660, "BLACK SPADE SUIT"}, {0x2661, "WHITE HEART SUIT"},
    {0x2662, "WHITE DIAMOND SUIT"}, {0x2663, "BLACK CLUB SUIT"}, {0x2664, "WHITE SPADE SUIT"},
    {0x2665, "BLACK HEART SUIT"}, {0x2666, "BLACK DIAMOND SUIT"}, {0x2667, "WHITE CLUB SUIT"},
    {0x266A, "EIGHTH NOTE"}, {0x266B, "BEAMED EIGHTH NOTES"}, {0x26A0, "WARNING SIGN"},
    {0x26A1, "HIGH VOLTAGE SIGN"}, {0x26AA, "MEDIUM WHITE CIRCLE"}, {0x26AB, "MEDIUM BLACK CIRCLE"},
    {0x26BD, "SOCCER BALL"}, {0x2705, "WHITE HEAVY CHECK MARK"}, {0x2713, "CHECK MARK"},
    {0x2714, "HEAVY CHECK MARK"}, {0x2715, "MULTIPLICATION X"}, {0x2716, "HEAVY MULTIPLICATION X"},
    {0x2717, "BALLOT X"}, {0x2718, "HEAVY BALLOT X"}, {0x2728, "SPARKLES"}, {0x274C, "CROSS MARK"},
    {0x2764, "HEAVY BLACK HEART"}, {0x27A4, "BLACK RIGHTWARDS ARROWHEAD"},
    {0x3000, "IDEOGRAPHIC SPACE"}, {0x3001, "IDEOGRAPHIC COMMA"}, {0x3002, "IDEOGRAPHIC FULL STOP"},
    {0x300C, "LEFT CORNER BRACKET"}, {0x300D, "RIGHT CORNER BRACKET"},
    {0xFF01, "FULLWIDTH EXCLAMATION MARK"}, {0xFF08, "FULLWIDTH LEFT PARENTHESIS"},
    {0xFF09, "FULLWIDTH RIGHT PARENTHESIS"}, {0xFF0C, "FULLWIDTH COMMA"},
    {0xFF1A, "FULLWIDTH COLON"}, {0xFF1B, "FULLWIDTH SEMICOLON"},
    {0xFF1F, "FULLWIDTH QUESTION MARK"}, {0xFFFD, "REPLACEMENT CHARACTER"},
    {0x1F389, "PARTY POPPER"}, {0x1F40D, "SNAKE"}, {0x1F44D, "THUMBS UP SIGN"}, {0x1F525, "FIRE"},
    {0x1F600, "GRINNING FACE"}, {0x1F602, "FACE WITH TEARS OF JOY"},
    {0x1F60A, "SMILING FACE WITH SMILING EYES"}, {0x1F680, "ROCKET"},
};
// clang-format on

constexpr const char* kGreekLetters[] = {
    "ALPHA", "BETA",  "GAMMA",   "DELTA", "EPSILON", "ZETA",    "ETA",   "THETA", "IOTA",
    "KAPPA", "LAMDA", "MU",      "NU",    "XI",      "OMICRON", "PI",    "RHO",   "FINAL SIGMA",
    "SIGMA", "TAU",   "UPSILON", "PHI",   "CHI",     "PSI",     "OMEGA",
};

} // namespace

std::optional<char32_t> lookup_character_name(std::string_view name) {
  std::string upper;
  for (char c : name)
    upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  std::string_view n = upper;
  auto after = [&](std::string_view prefix) -> std::optional<std::string_view> {
    if (n.substr(0, prefix.size()) == prefix)
      return n.substr(prefix.size());
    return std::nullopt;
  };
  if (auto letter = after("LATIN CAPITAL LETTER "); letter && letter->size() == 1)
    return static_cast<char32_t>((*letter)[0]);
  if (auto letter = after("LATIN SMALL LETTER "); letter && letter->size() == 1)
    return static_cast<char32_t>((*letter)[0] - 'A' + 'a');
  static constexpr const char* kDigits[] = {"ZERO", "ONE", "TWO",   "THREE", "FOUR",
                                            "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"};
  if (auto digit = after("DIGIT "))
    for (int i = 0; i < 10; ++i)
      if (*digit == kDigits[i])
        return static_cast<char32_t>('0' + i);
  for (int capital = 0; capital < 2; ++capital) {
    if (auto greek = after(capital ? "GREEK CAPITAL LETTER " : "GREEK SMALL LETTER ")) {
      for (int i = 0; i < 25; ++i) {
        if (*greek == kGreekLetters[i] && !(capital && i == 17))
          return static_cast<char32_t>((capital ? 0x391 : 0x3B1) + i);
      }
    }
  }
  if (auto hex = after("CJK UNIFIED IDEOGRAPH-"); hex && (hex->size() == 4 || hex->size() == 5)) {
    char32_t code = 0;
    for (char h : *hex) {
      if (!is_hex_digit(h))
        return std::nullopt;
      code = code * 16 + static_cast<char32_t>(h <= '9' ? h - '0' : h - 'A' + 10);
    }
    if ((code >= 0x4E00 && code <= 0x9FFF) || (code >= 0x3400 && code <= 0x4DBF) ||
        (code >= 0x20000 && code <= 0x2A6DF))
      return code;
    return std::nullopt;
  }
  for (const NamedCharacter& c : kNamedCharacters)
    if (n == c.name)
      return c.code;
  return std::nullopt;
}

// --- Keywords and spellings -------------------------------------------------------------------

namespace {

struct Spelling {
  TokenKind kind;
  std::string_view text;
};

constexpr Spelling kSpellings[] = {
    {TokenKind::EndMarker, "ENDMARKER"},
    {TokenKind::Name, "NAME"},
    {TokenKind::Number, "NUMBER"},
    {TokenKind::String, "STRING"},
    {TokenKind::Newline, "NEWLINE"},
    {TokenKind::Indent, "INDENT"},
    {TokenKind::Dedent, "DEDENT"},
    {TokenKind::Unknown, "OP"},
    {TokenKind::LPar, "("},
    {TokenKind::RPar, ")"},
    {TokenKind::LSqb, "["},
    {TokenKind::RSqb, "]"},
    {TokenKind::LBrace, "{"},
    {TokenKind::RBrace, "}"},
    {TokenKind::Colon, ":"},
    {TokenKind::Comma, ","},
    {TokenKind::Semi, ";"},
    {TokenKind::Dot, "."},
    {TokenKind::Ellipsis, "..."},
    {TokenKind::RArrow, "->"},
    {TokenKind::At, "@"},
    {TokenKind::ColonEqual, ":="},
    {TokenKind::Equal, "="},
    {TokenKind::Plus, "+"},
    {TokenKind::Minus, "-"},
    {TokenKind::Star, "*"},
    {TokenKind::DoubleStar, "**"},
    {TokenKind::Slash, "/"},
    {TokenKind::DoubleSlash, "//"},
    {TokenKind::Percent, "%"},
    {TokenKind::Tilde, "~"},
    {TokenKind::VBar, "|"},
    {TokenKind::Amper, "&"},
    {TokenKind::Circumflex, "^"},
    {TokenKind::LeftShift, "<<"},
    {TokenKind::RightShift, ">>"},
    {TokenKind::Less, "<"},
    {TokenKind::Greater, ">"},
    {TokenKind::EqEqual, "=="},
    {TokenKind::NotEqual, "!="},
    {TokenKind::LessEqual, "<="},
    {TokenKind::GreaterEqual, ">="},
    {TokenKind::PlusEqual, "+="},
    {TokenKind::MinEqual, "-="},
    {TokenKind::StarEqual, "*="},
    {TokenKind::DoubleStarEqual, "**="},
    {TokenKind::SlashEqual, "/="},
    {TokenKind::DoubleSlashEqual, "//="},
    {TokenKind::PercentEqual, "%="},
    {TokenKind::AtEqual, "@="},
    {TokenKind::AmperEqual, "&="},
    {TokenKind::VBarEqual, "|="},
    {TokenKind::CircumflexEqual, "^="},
    {TokenKind::LeftShiftEqual, "<<="},
    {TokenKind::RightShiftEqual, ">>="},
    {TokenKind::False, "False"},
    {TokenKind::None, "None"},
    {TokenKind::True, "True"},
    {TokenKind::And, "and"},
    {TokenKind::As, "as"},
    {TokenKind::Assert, "assert"},
    {TokenKind::Async, "async"},
    {TokenKind::Await, "await"},
    {TokenKind::Break, "break"},
    {TokenKind::Class, "class"},
    {TokenKind::Continue, "continue"},
    {TokenKind::Def, "def"},
    {TokenKind::Del, "del"},
    {TokenKind::Elif, "elif"},
    {TokenKind::Else, "else"},
    {TokenKind::Except, "except"},
    {TokenKind::Finally, "finally"},
    {TokenKind::For, "for"},
    {TokenKind::From, "from"},
    {TokenKind::Global, "global"},
    {TokenKind::If, "if"},
    {TokenKind::Import, "import"},
    {TokenKind::In, "in"},
    {TokenKind::Is, "is"},
    {TokenKind::Lambda, "lambda"},
    {TokenKind::Nonlocal, "nonlocal"},
    {TokenKind::Not, "not"},
    {TokenKind::Or, "or"},
    {TokenKind::Pass, "pass"},
    {TokenKind::Raise, "raise"},
    {TokenKind::Return, "return"},
    {TokenKind::Try, "try"},
    {TokenKind::While, "while"},
    {TokenKind::With, "with"},
    {TokenKind::Yield, "yield"},
};

// The operator spelled by `text` (1 to 3 characters), or Unknown.
TokenKind operator_kind(std::string_view text) {
  for (const Spelling& s : kSpellings)
    if (s.kind >= TokenKind::LPar && s.kind < TokenKind::False && s.text == text)
      return s.kind;
  return TokenKind::Unknown;
}

} // namespace

TokenKind keyword_kind(std::string_view word) {
  for (const Spelling& s : kSpellings)
    if (s.kind >= TokenKind::False && s.text == word)
      return s.kind;
  return TokenKind::Name;
}

std::string_view token_kind_spelling(TokenKind kind) {
  for (const Spelling& s : kSpellings)
    if (s.kind == kind)
      return s.text;
  return "?";
}

// --- Tokenizer --------------------------------------------------------------------------------

namespace {

constexpr int kTabSize = 8;
constexpr int kMaxIndent = 100; // CPython's MAXINDENT
constexpr int kMaxLevel = 200;  // CPython's MAXLEVEL
constexpr int kEof = -1;

struct OpenBracket {
  char c;
  int line;
  int col; // byte column
};

// Thrown inside the tokenizer to stop at an error.
struct TokenizerStop {};

class Tokenizer {
public:
  explicit Tokenizer(const SourceFile& source) : source_(source), text_(source.text()) {}

  TokenizedSource run() {
    TokenizedSource out;
    try {
      for (;;) {
        Token token = next_token();
        token.level = static_cast<int>(brackets_.size());
        out.tokens.push_back(token);
        if (token.kind == TokenKind::EndMarker)
          break;
      }
    } catch (const TokenizerStop&) {
      out.error = std::move(error_);
      out.error_overrides_parser_errors = error_overrides_parser_errors_;
      if (!brackets_.empty())
        out.unclosed_bracket = unclosed_bracket_error();
    }
    return out;
  }

private:
  const SourceFile& source_;
  const std::string& text_;
  std::size_t pos_ = 0; // the next byte to read (CPython's tok->cur)
  bool at_bol_ = true;
  int pending_ = 0; // INDENTs (> 0) or DEDENTs (< 0) still to hand out
  std::vector<int> indents_{0};
  std::vector<int> alt_indents_{0}; // the same columns with tabs counted as 1, to catch TabError
  std::vector<OpenBracket> brackets_;
  SyntaxError error_;
  bool error_overrides_parser_errors_ = false;

  int next_char() {
    if (pos_ >= text_.size()) {
      ++pos_; // so that backup() after EOF is harmless
      return kEof;
    }
    return static_cast<unsigned char>(text_[pos_++]);
  }
  void backup() { --pos_; }
  int peek_char(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? static_cast<unsigned char>(text_[pos_ + ahead]) : kEof;
  }

  int line_of(std::size_t pos) const {
    int lo = 1, hi = source_.line_count();
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (source_.line_start(mid) <= pos)
        lo = mid;
      else
        hi = mid - 1;
    }
    return lo;
  }

  std::string line_without_newline(int lineno) const {
    std::string_view line = source_.line(lineno);
    if (!line.empty() && line.back() == '\n')
      line.remove_suffix(1);
    return std::string(line);
  }

  // CPython's syntaxerror(): the position is the character count from the start of the line
  // to tok->cur (here `cur`), the text is the line without its newline.
  [[noreturn]] void fail_at(std::size_t cur, std::string msg) {
    int line = line_of(cur > 0 ? cur - 1 : 0);
    std::size_t start = source_.line_start(line);
    int col = utf8_length(std::string_view(text_).substr(start), cur - start);
    fail_range(line, col, col, std::move(msg));
  }

  [[noreturn]] void fail_range(int line, int offset, int end_offset, std::string msg) {
    error_ = SyntaxError{};
    error_.msg = std::move(msg);
    error_.filename = source_.filename();
    error_.lineno = error_.end_lineno = line;
    error_.offset = offset;
    error_.end_offset = end_offset;
    error_.text = line_without_newline(line);
    error_overrides_parser_errors_ = true;
    throw TokenizerStop{};
  }

  // The errors that CPython's parser builds from tok->done (tokenizer_error() in pegen): they
  // keep the whole line as text and never replace a parser error found earlier.
  [[noreturn]] void fail_done(std::string type, int line, int offset, int end_offset,
                              std::string msg) {
    error_ = SyntaxError{};
    error_.type = std::move(type);
    error_.msg = std::move(msg);
    error_.filename = source_.filename();
    error_.lineno = error_.end_lineno = line;
    error_.offset = offset;
    error_.end_offset = end_offset;
    error_.text = std::string(source_.line(line));
    error_overrides_parser_errors_ = false;
    throw TokenizerStop{};
  }

  SyntaxError unclosed_bracket_error() const {
    const OpenBracket& open = brackets_.back();
    SyntaxError e;
    e.msg = std::string("'") + open.c + "' was never closed";
    e.filename = source_.filename();
    e.lineno = e.end_lineno = open.line;
    std::string_view line = source_.line(open.line);
    e.offset = utf8_length(line, open.col) + 1;
    e.end_offset = 0;
    e.text = std::string(line);
    return e;
  }

  // Bytes from the start of the line holding `pos` to `pos`.
  int column_of(std::size_t pos) const {
    return static_cast<int>(pos - source_.line_start(line_of(pos)));
  }

  Token make(TokenKind kind, std::size_t start, std::size_t end) const {
    Token t;
    t.kind = kind;
    t.text = std::string_view(text_).substr(start, end - start);
    t.line = line_of(start);
    t.col = column_of(start);
    std::size_t last = end > start ? end - 1 : start;
    t.end_line = line_of(last);
    t.end_col = static_cast<int>(end - source_.line_start(t.end_line));
    return t;
  }

  // A backslash just read: it must end the line (tok_continuation_line()).
  void continuation_line() {
    int c = next_char();
    if (c != '\n') {
      // E_LINECONT: the column of the character after the backslash.
      int line = line_of(pos_ - 1);
      std::size_t start = source_.line_start(line);
      fail_done("SyntaxError", line, utf8_length(source_.line(line), pos_ - start), 0,
                "unexpected character after line continuation character");
    }
    if (peek_char() == kEof) {
      if (!brackets_.empty())
        fail_unclosed_bracket();
      int line = line_of(pos_ - 1);
      fail_done("SyntaxError", line, static_cast<int>(source_.line(line).size()), -1,
                "unexpected EOF while parsing");
    }
  }

  [[noreturn]] void fail_unclosed_bracket() {
    error_ = unclosed_bracket_error();
    error_overrides_parser_errors_ = false;
    throw TokenizerStop{};
  }

  // At the beginning of a line: measure its indentation and queue INDENT/DEDENT tokens.
  // Blank and comment-only lines, and lines inside brackets, do not count.
  // Returns whether the line is blank (only blanks and maybe a comment).
  bool read_indentation() {
    int col = 0, alt_col = 0, cont_line_col = 0;
    int c;
    for (;;) {
      c = next_char();
      if (c == ' ') {
        ++col;
        ++alt_col;
      } else if (c == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        ++alt_col;
      } else if (c == '\f') {
        col = alt_col = 0;
      } else if (c == '\\') {
        // Indentation cannot be split over lines: the first backslash fixes it.
        cont_line_col = cont_line_col ? cont_line_col : col;
        continuation_line();
      } else {
        break;
      }
    }
    backup();
    bool blank_line = c == '#' || c == '\n';
    if (blank_line || !brackets_.empty())
      return blank_line;
    if (cont_line_col) {
      col = cont_line_col;
      alt_col = cont_line_col;
    }
    int line = line_of(pos_ < text_.size() ? pos_ : text_.size() - 1);
    if (col == indents_.back()) {
      if (alt_col != alt_indents_.back())
        fail_tab_error(line);
    } else if (col > indents_.back()) {
      if (static_cast<int>(indents_.size()) >= kMaxIndent)
        fail_done("IndentationError", line, 1, 0, "too many levels of indentation");
      if (alt_col <= alt_indents_.back())
        fail_tab_error(line);
      ++pending_;
      indents_.push_back(col);
      alt_indents_.push_back(alt_col);
    } else {
      while (indents_.size() > 1 && col < indents_.back()) {
        --pending_;
        indents_.pop_back();
        alt_indents_.pop_back();
      }
      if (col != indents_.back()) {
        // E_DEDENT: CPython points past the whole line (tok->cur = tok->inp).
        std::string_view text = source_.line(line);
        fail_done("IndentationError", line, utf8_length(text, text.size()), -1,
                  "unindent does not match any outer indentation level");
      }
      if (alt_col != alt_indents_.back())
        fail_tab_error(line);
    }
    return false;
  }

  [[noreturn]] void fail_tab_error(int line) {
    fail_done("TabError", line, 1, 0, "inconsistent use of tabs and spaces in indentation");
  }

  Token indentation_token(TokenKind kind) const {
    Token t;
    t.kind = kind;
    if (pos_ >= text_.size()) {
      t.line = t.end_line = source_.line_count() + 1;
      t.col = t.end_col = 0;
    } else {
      t.line = t.end_line = line_of(pos_);
      t.col = t.end_col = column_of(pos_);
    }
    return t;
  }

  Token next_token() {
    for (;;) {
      // A blank or comment-only line yields no NEWLINE and does not change the indentation.
      bool blank_line = false;
      if (at_bol_) {
        at_bol_ = false;
        blank_line = read_indentation();
      }
      if (pending_ != 0) {
        if (pending_ < 0) {
          ++pending_;
          return indentation_token(TokenKind::Dedent);
        }
        --pending_;
        return indentation_token(TokenKind::Indent);
      }
      // The rest of the line: skip blanks and a comment, then one token.
      for (;;) {
        int c;
        do {
          c = next_char();
        } while (c == ' ' || c == '\t' || c == '\f');
        std::size_t start = pos_ - 1;
        if (c == '#') {
          while (c != kEof && c != '\n')
            c = next_char();
        }
        if (c == kEof) {
          if (!brackets_.empty())
            fail_unclosed_bracket();
          Token t;
          t.kind = TokenKind::EndMarker;
          t.line = t.end_line = source_.line_count() + 1;
          return t;
        }
        if (c == '\n') {
          at_bol_ = true;
          if (blank_line || !brackets_.empty())
            break; // no NEWLINE: go on with the next line
          Token t = make(TokenKind::Newline, pos_ - 1, pos_ - 1);
          t.end_col = t.col; // CPython leaves the '\n' out of the token
          return t;
        }
        if (c == '\\') {
          continuation_line();
          continue;
        }
        return read_token(c, start);
      }
    }
  }

  Token read_token(int c, std::size_t start) {
    if (is_potential_identifier_start(c))
      return read_name_or_prefixed_string(c, start);
    if (c == '.') {
      int c2 = next_char();
      if (is_ascii_digit(c2))
        return read_fraction(c2, start);
      if (c2 == '.' && peek_char() == '.') {
        next_char();
        return make(TokenKind::Ellipsis, start, pos_);
      }
      backup();
      return make(TokenKind::Dot, start, pos_);
    }
    if (is_ascii_digit(c))
      return read_number(c, start);
    if (c == '\'' || c == '"')
      return read_string(c, start);
    // Operators: the longest of three, two or one characters.
    for (std::size_t length : {std::size_t{3}, std::size_t{2}}) {
      if (start + length <= text_.size()) {
        TokenKind kind = operator_kind(std::string_view(text_).substr(start, length));
        if (kind != TokenKind::Unknown) {
          pos_ = start + length;
          return make(kind, start, pos_);
        }
      }
    }
    if (c == '(' || c == '[' || c == '{') {
      if (static_cast<int>(brackets_.size()) >= kMaxLevel)
        fail_at(pos_, "too many nested parentheses");
      brackets_.push_back({static_cast<char>(c), line_of(start), column_of(start)});
    } else if (c == ')' || c == ']' || c == '}') {
      if (brackets_.empty())
        fail_at(pos_, std::string("unmatched '") + static_cast<char>(c) + "'");
      OpenBracket open = brackets_.back();
      brackets_.pop_back();
      char expected = open.c == '(' ? ')' : open.c == '[' ? ']' : '}';
      if (c != expected) {
        std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                          "' does not match opening parenthesis '" + open.c + "'";
        if (open.line != line_of(start))
          msg += " on line " + std::to_string(open.line);
        fail_at(pos_, msg);
      }
    }
    if (!is_printable(static_cast<char32_t>(c))) {
      char hex[16];
      std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(c));
      fail_at(pos_, std::string("invalid non-printable character U+") + hex);
    }
    return make(operator_kind(std::string_view(text_).substr(start, 1)), start, pos_);
  }

  Token read_name_or_prefixed_string(int c, std::size_t start) {
    // The legal string prefixes: b, r, u, f and the pairs br, rb, fr, rf in any case.
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
      if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B'))
        saw_b = true;
      else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U'))
        saw_u = true;
      else if (!(saw_r || saw_u) && (c == 'r' || c == 'R'))
        saw_r = true;
      else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F'))
        saw_f = true;
      else
        break;
      c = next_char();
      if (c == '"' || c == '\'')
        return read_string(c, start);
    }
    bool non_ascii = false;
    while (is_potential_identifier_char(c)) {
      non_ascii = non_ascii || c >= 128;
      c = next_char();
    }
    backup();
    if (non_ascii)
      verify_identifier(start, pos_);
    Token t = make(TokenKind::Name, start, pos_);
    t.kind = keyword_kind(t.text);
    return t;
  }

  // CPython's verify_identifier(): the first character that cannot be part of a name.
  void verify_identifier(std::size_t start, std::size_t end) {
    std::string_view name = std::string_view(text_).substr(start, end - start);
    std::size_t i = 0;
    bool first = true;
    while (i < name.size()) {
      int length = 1;
      char32_t ch = decode_utf8(name, i, &length);
      bool valid = first ? is_identifier_start(ch) : is_identifier_char(ch);
      if (!valid) {
        // tok->cur moves just past the bad character, unless it ends the name.
        std::size_t cur = i + length < name.size() ? start + i + length : end;
        char hex[16];
        std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(ch));
        if (is_printable(ch)) {
          std::string shown;
          append_utf8(shown, ch);
          fail_at(cur, "invalid character '" + shown + "' (U+" + hex + ")");
        }
        fail_at(cur, std::string("invalid non-printable character U+") + hex);
      }
      first = false;
      i += static_cast<std::size_t>(length);
    }
  }

  // --- Numbers (tok_get's "Number" part and verify_end_of_number()) ---

  // After a literal: a letter right after it is an error, except the keywords that may follow
  // a number in valid code (CPython only warns for "1if x else y").
  void verify_end_of_number(int c, const char* kind) {
    if (c == kEof)
      return;
    auto follows = [&](std::string_view rest) {
      return text_.compare(pos_, rest.size(), rest) == 0;
    };
    int c2 = peek_char();
    bool keyword = (c == 'a' && follows("nd")) || (c == 'e' && follows("lse")) ||
                   (c == 'f' && follows("or")) ||
                   (c == 'i' && (c2 == 'f' || c2 == 'n' || c2 == 's')) ||
                   (c == 'o' && follows("r")) || (c == 'n' && follows("ot"));
    if (keyword)
      return;
    if (is_potential_identifier_char(c)) {
      backup();
      fail_at(pos_, std::string("invalid ") + kind + " literal");
    }
  }

  // Digits and single underscores between them; returns the character after them.
  int decimal_tail() {
    int c;
    for (;;) {
      do {
        c = next_char();
      } while (is_ascii_digit(c));
      if (c != '_')
        break;
      c = next_char();
      if (!is_ascii_digit(c)) {
        backup();
        fail_at(pos_, "invalid decimal literal");
      }
    }
    return c;
  }

  Token finish_number(int c, std::size_t start) {
    backup(); // c is not part of the number
    (void)c;
    return make(TokenKind::Number, start, pos_);
  }

  Token read_fraction(int c, std::size_t start) {
    // c is the first character after the '.'.
    if (is_ascii_digit(c))
      c = decimal_tail();
    if (c == 'e' || c == 'E')
      return read_exponent(c, start);
    if (c == 'j' || c == 'J')
      return read_imaginary(start);
    verify_end_of_number(c, "decimal");
    return finish_number(c, start);
  }

  Token read_exponent(int e, std::size_t start) {
    int c = next_char();
    if (c == '+' || c == '-') {
      c = next_char();
      if (!is_ascii_digit(c)) {
        backup();
        fail_at(pos_, "invalid decimal literal");
      }
    } else if (!is_ascii_digit(c)) {
      backup();
      verify_end_of_number(e, "decimal");
      backup(); // the 'e' belongs to what follows ("1else")
      return make(TokenKind::Number, start, pos_);
    }
    c = decimal_tail();
    if (c == 'j' || c == 'J')
      return read_imaginary(start);
    verify_end_of_number(c, "decimal");
    return finish_number(c, start);
  }

  Token read_imaginary(std::size_t start) {
    int c = next_char();
    verify_end_of_number(c, "imaginary");
    return finish_number(c, start);
  }

  // Digits of base 16, 8 or 2 after the prefix, with single underscores.
  Token read_radix_number(int base, std::size_t start) {
    const char* kind = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
    auto is_digit = [base](int ch) {
      return base == 16  ? is_hex_digit(ch)
             : base == 8 ? (ch >= '0' && ch < '8')
                         : (ch == '0' || ch == '1');
    };
    int c = next_char();
    do {
      if (c == '_')
        c = next_char();
      if (!is_digit(c)) {
        if (base != 16 && is_ascii_digit(c))
          fail_at(pos_, std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind +
                            " literal");
        backup();
        fail_at(pos_, std::string("invalid ") + kind + " literal");
      }
      do {
        c = next_char();
      } while (is_digit(c));
    } while (c == '_');
    if (base != 16 && is_ascii_digit(c))
      fail_at(pos_,
              std::string("invalid digit '") + static_cast<char>(c) + "' in " + kind + " literal");
    verify_end_of_number(c, kind);
    return finish_number(c, start);
  }

  Token read_number(int c, std::size_t start) {
    if (c == '0') {
      c = next_char();
      if (c == 'x' || c == 'X')
        return read_radix_number(16, start);
      if (c == 'o' || c == 'O')
        return read_radix_number(8, start);
      if (c == 'b' || c == 'B')
        return read_radix_number(2, start);
      // "0", "00", "0_0", or a float starting with zeros; "012" is an old-style octal.
      bool nonzero = false;
      for (;;) {
        if (c == '_') {
          c = next_char();
          if (!is_ascii_digit(c)) {
            backup();
            fail_at(pos_, "invalid decimal literal");
          }
        }
        if (c != '0')
          break;
        c = next_char();
      }
      std::size_t zeros_end = pos_;
      if (is_ascii_digit(c)) {
        nonzero = true;
        c = decimal_tail();
      }
      if (c == '.')
        return read_fraction(next_char(), start);
      if (c == 'e' || c == 'E')
        return read_exponent(c, start);
      if (c == 'j' || c == 'J')
        return read_imaginary(start);
      if (nonzero) {
        backup();
        int line = line_of(start);
        std::size_t line_start = source_.line_start(line);
        fail_range(line, static_cast<int>(start + 1 - line_start),
                   static_cast<int>(zeros_end - line_start),
                   "leading zeros in decimal integer literals are not permitted; use an 0o "
                   "prefix for octal integers");
      }
      verify_end_of_number(c, "decimal");
      return finish_number(c, start);
    }
    c = decimal_tail();
    if (c == '.')
      return read_fraction(next_char(), start);
    if (c == 'e' || c == 'E')
      return read_exponent(c, start);
    if (c == 'j' || c == 'J')
      return read_imaginary(start);
    verify_end_of_number(c, "decimal");
    return finish_number(c, start);
  }

  // --- Strings: the whole literal, prefix and quotes included, as one token ---

  Token read_string(int quote, std::size_t start) {
    int quote_size = 1;
    int end_quote_size = 0;
    int c = next_char();
    if (c == quote) {
      c = next_char();
      if (c == quote)
        quote_size = 3;
      else
        end_quote_size = 1; // an empty string
    }
    if (c != quote)
      backup();
    while (end_quote_size != quote_size) {
      c = next_char();
      if (c == kEof || (quote_size == 1 && c == '\n')) {
        // Reported at the start of the literal, with the line where the scan gave up.
        int detected = line_of(c == kEof ? text_.size() - 1 : pos_ - 1);
        int line = line_of(start);
        std::size_t line_start = source_.line_start(line);
        int col = utf8_length(std::string_view(text_).substr(line_start), start + 1 - line_start);
        fail_range(line, col, col,
                   std::string(quote_size == 3 ? "unterminated triple-quoted string literal"
                                               : "unterminated string literal") +
                       " (detected at line " + std::to_string(detected) + ")");
      }
      if (c == quote) {
        ++end_quote_size;
      } else {
        end_quote_size = 0;
        if (c == '\\')
          next_char(); // the escaped character, whatever it is
      }
    }
    return make(TokenKind::String, start, pos_);
  }
};

} // namespace

TokenizedSource tokenize(const SourceFile& source) { return Tokenizer(source).run(); }

} // namespace tulip::lang
