// Tests for runtime/lexer.h: tokens, indentation, literals, lexical errors.
#include "runtime/lexer.h"

#include <gtest/gtest.h>

#include <string>

#include "runtime/parser.h"
#include "runtime/unicode_names.h"

namespace gilectomy::rt {
namespace {

// Lexes `src` into a compact string: names/numbers/strings as their text,
// operators and keywords as spelled, NEWLINE as "NL", INDENT/DEDENT as
// ">" and "<", errors as "ERR(message)".
std::string Dump(std::string_view src) {
  Lexer lexer(src);
  std::string out;
  for (int i = 0; i < 10000; ++i) {
    Token t = lexer.Next();
    if (!out.empty()) out += ' ';
    switch (t.kind) {
      case Tok::kEnd: out += "END"; return out;
      case Tok::kNewline: out += "NL"; break;
      case Tok::kIndent: out += ">"; break;
      case Tok::kDedent: out += "<"; break;
      case Tok::kError:
        out += "ERR(" + (lexer.error() ? lexer.error()->message : std::string(t.text)) + ")";
        if (lexer.error()) return out;
        break;
      case Tok::kName: case Tok::kNumber: case Tok::kString: out += t.text; break;
      default: out += TokName(t.kind); break;
    }
  }
  return out;
}

SyntaxErrorInfo ErrorOf(std::string_view src) {
  Lexer lexer(src);
  for (int i = 0; i < 10000; ++i) {
    Token t = lexer.Next();
    if (t.kind == Tok::kEnd) break;
    if (t.kind == Tok::kError && lexer.error()) return *lexer.error();
  }
  return {};
}

TEST(Lexer, SimpleLine) { EXPECT_EQ(Dump("x = 1\n"), "x = 1 NL END"); }

TEST(Lexer, NoTrailingNewlineStillEndsLine) { EXPECT_EQ(Dump("x"), "x NL END"); }

TEST(Lexer, EmptyAndBlankInput) {
  EXPECT_EQ(Dump(""), "END");
  EXPECT_EQ(Dump("\n\n  \n# c\n"), "END");
}

TEST(Lexer, IndentDedent) {
  EXPECT_EQ(Dump("if x:\n  y\n  z\nw\n"), "if x : NL > y NL z NL < w NL END");
}

TEST(Lexer, MultipleDedentsAtEof) {
  EXPECT_EQ(Dump("if a:\n if b:\n  c"), "if a : NL > if b : NL > c NL < < END");
}

TEST(Lexer, BlankAndCommentLinesIgnoredInsideBlocks) {
  EXPECT_EQ(Dump("if a:\n  b\n\n      # deep comment\n  c\n"),
            "if a : NL > b NL c NL < END");
}

TEST(Lexer, TabsCountToMultipleOfEight) {
  EXPECT_EQ(Dump("if a:\n\tb\n\tc\n"), "if a : NL > b NL c NL < END");
}

TEST(Lexer, InconsistentTabsIsTabError) {
  SyntaxErrorInfo e = ErrorOf("if x:\n\ta\n        b\n");
  EXPECT_EQ(e.kind, SyntaxErrorKind::kTabError);
  EXPECT_EQ(e.message, "inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(e.line, 3);
}

TEST(Lexer, UnindentMismatch) {
  SyntaxErrorInfo e = ErrorOf("if x:\n    a\n  b\n");
  EXPECT_EQ(e.kind, SyntaxErrorKind::kIndentationError);
  EXPECT_EQ(e.message, "unindent does not match any outer indentation level");
  EXPECT_EQ(e.line, 3);
}

TEST(Lexer, ImplicitLineJoining) {
  EXPECT_EQ(Dump("f(1,\n   2)\n[\n]\n"), "f ( 1 , 2 ) NL [ ] NL END");
}

TEST(Lexer, ExplicitLineJoining) { EXPECT_EQ(Dump("x = 1 + \\\n  2\n"), "x = 1 + 2 NL END"); }

TEST(Lexer, BackslashAtEofIsIncomplete) {
  SyntaxErrorInfo e = ErrorOf("x = 1 \\");
  EXPECT_EQ(e.message, "unexpected EOF while parsing");
  EXPECT_TRUE(e.incomplete);
  EXPECT_EQ(ErrorOf("x = 1 \\ 2\n").message,
            "unexpected character after line continuation character");
}

TEST(Lexer, Operators) {
  EXPECT_EQ(Dump("a := b -> c **= d //= e @ f ... g != h <<= >>= @= ->"),
            "a := b -> c **= d //= e @ f ... g != h <<= >>= @= -> NL END");
  EXPECT_EQ(Dump("a<b>c<=d>=e==f"), "a < b > c <= d >= e == f NL END");
}

TEST(Lexer, Keywords) {
  Lexer lexer("lambda match case _ None");
  EXPECT_EQ(lexer.Next().kind, Tok::kLambda);
  EXPECT_EQ(lexer.Next().kind, Tok::kName);
  EXPECT_EQ(lexer.Next().kind, Tok::kName);
  EXPECT_EQ(lexer.Next().kind, Tok::kName);
  EXPECT_EQ(lexer.Next().kind, Tok::kNone);
}

TEST(Lexer, StringForms) {
  EXPECT_EQ(Dump("'a' \"b\" r'c' B'd' Rb'e' bR'f' u'g' F'h' rF'i' fr'j'"),
            "'a' \"b\" r'c' B'd' Rb'e' bR'f' u'g' F'h' rF'i' fr'j' NL END");
  EXPECT_EQ(Dump("'''a\n'b'\n''' \"\"\"x\"\"\""), "'''a\n'b'\n''' \"\"\"x\"\"\" NL END");
  EXPECT_EQ(Dump("'a\\'b' 'c\\\nd'"), "'a\\'b' 'c\\\nd' NL END");
}

TEST(Lexer, NotAPrefix) { EXPECT_EQ(Dump("ub'x'"), "ub 'x' NL END"); }

TEST(Lexer, UnterminatedStrings) {
  SyntaxErrorInfo e = ErrorOf("x = 'abc\n");
  EXPECT_EQ(e.message, "unterminated string literal (detected at line 1)");
  EXPECT_EQ(e.col, 4);
  EXPECT_FALSE(e.incomplete);
  e = ErrorOf("x = '''abc\n\n");
  EXPECT_EQ(e.message, "unterminated triple-quoted string literal (detected at line 2)");
  EXPECT_EQ(e.line, 1);
  EXPECT_TRUE(e.incomplete);
}

TEST(Lexer, BytesMustBeAscii) {
  EXPECT_EQ(ErrorOf("b'\xc3\xa9'").message, "bytes can only contain ASCII literal characters");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(Dump("0 12 1_000 0x_fF 0o17 0B1_0 1. .5 1.5e-3 1E5 3j 1.5J 0_0 00 09.5 1e5j"),
            "0 12 1_000 0x_fF 0o17 0B1_0 1. .5 1.5e-3 1E5 3j 1.5J 0_0 00 09.5 1e5j NL END");
  EXPECT_EQ(Dump("1if x else 2"), "1 if x else 2 NL END");
  EXPECT_EQ(Dump("x.y 1 .real"), "x . y 1 . real NL END");
}

TEST(Lexer, NumberErrors) {
  EXPECT_EQ(ErrorOf("012").message,
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix "
            "for octal integers");
  EXPECT_EQ(ErrorOf("1__0").message, "invalid decimal literal");
  EXPECT_EQ(ErrorOf("1__0").col, 1);
  EXPECT_EQ(ErrorOf("1_").message, "invalid decimal literal");
  EXPECT_EQ(ErrorOf("0x").message, "invalid hexadecimal literal");
  EXPECT_EQ(ErrorOf("0b2").message, "invalid digit '2' in binary literal");
  EXPECT_EQ(ErrorOf("0o8").message, "invalid digit '8' in octal literal");
  EXPECT_EQ(ErrorOf("1abc").message, "invalid decimal literal");
  EXPECT_EQ(ErrorOf("1e").message, "invalid decimal literal");
  EXPECT_EQ(ErrorOf("1.__class__").message, "invalid decimal literal");
}

TEST(Lexer, BracketErrors) {
  SyntaxErrorInfo e = ErrorOf("x = (1,\n2\n");
  EXPECT_EQ(e.message, "'(' was never closed");
  EXPECT_EQ(e.line, 1);
  EXPECT_EQ(e.col, 4);
  EXPECT_TRUE(e.incomplete);
  EXPECT_EQ(ErrorOf(")").message, "unmatched ')'");
  e = ErrorOf("(]");
  EXPECT_EQ(e.message, "closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(e.col, 1);
  EXPECT_EQ(ErrorOf("(\n]").message,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  EXPECT_EQ(ErrorOf(std::string(201, '(')).message, "too many nested parentheses");
}

TEST(Lexer, StrayCharacterIsErrorTokenWithoutStoredError) {
  EXPECT_EQ(Dump("x = $ ?"), "x = ERR($) ERR(?) NL END");
}

TEST(Lexer, Positions) {
  Lexer lexer("if x:\n    yy = 'a\nb'\n");
  lexer.Next();  // if
  Token x = lexer.Next();
  EXPECT_EQ(x.line, 1);
  EXPECT_EQ(x.col, 3);
  EXPECT_EQ(x.end_col, 4);
  lexer.Next();  // :
  lexer.Next();  // NL
  lexer.Next();  // INDENT
  Token yy = lexer.Next();
  EXPECT_EQ(yy.line, 2);
  EXPECT_EQ(yy.col, 4);
  EXPECT_EQ(yy.end_col, 6);
}

TEST(Lexer, MultilineTokenPositions) {
  Lexer lexer("x = '''a\nbc''' + 1");
  lexer.Next();
  lexer.Next();
  Token s = lexer.Next();
  EXPECT_EQ(s.line, 1);
  EXPECT_EQ(s.col, 4);
  EXPECT_EQ(s.end_line, 2);
  EXPECT_EQ(s.end_col, 5);
  Token plus = lexer.Next();
  EXPECT_EQ(plus.line, 2);
  EXPECT_EQ(plus.col, 6);
}

TEST(Lexer, TooManyIndentationLevels) {
  std::string src;
  for (int i = 0; i < 102; ++i) src += std::string(i, ' ') + "if x:\n";
  EXPECT_EQ(ErrorOf(src).message, "too many levels of indentation");
}

// ---------------------------------------------------------------------------
// "\N{NAME}" escapes (decoded by the parser via LookupUnicodeName).

// The decoded value of the single string/bytes literal (or f-string without
// fields) `src`, or "ERR(message)".
std::string Literal(std::string_view src) {
  ParseResult r = Parse(src, "<test>", ast::Mode::kEval);
  if (r.error) return "ERR(" + r.error->message + ")";
  const ast::Expr* e = r.module->body.at(0)->value;
  if (e->kind == ast::ExprKind::kJoinedStr) e = e->elts.at(0);
  return e->str_value;
}

uint32_t Named(std::string_view name) {
  uint32_t cp = 0xFFFFFFFF;
  return LookupUnicodeName(name, &cp) ? cp : 0xFFFFFFFF;
}

std::string NameError(int from, int to, std::string_view what = "unknown Unicode character name") {
  return "ERR((unicode error) 'unicodeescape' codec can't decode bytes in position " +
         std::to_string(from) + "-" + std::to_string(to) + ": " + std::string(what) + ")";
}

TEST(UnicodeNames, CharacterNames) {
  EXPECT_EQ(Named("LATIN SMALL LETTER E WITH ACUTE"), 0xE9u);
  EXPECT_EQ(Named("SPACE"), 0x20u);
  EXPECT_EQ(Named("BULLET"), 0x2022u);
  EXPECT_EQ(Named("GRINNING FACE"), 0x1F600u);
  EXPECT_EQ(Named("TIBETAN LETTER -A"), 0xF60u);  // a hyphen starting a word
  EXPECT_EQ(Named("VARIATION SELECTOR-256"), 0xE01EFu);  // the last named code point
  EXPECT_EQ(Named("KHITAN SMALL SCRIPT CHARACTER-18B00"), 0x18B00u);
  EXPECT_EQ(Named("CJK COMPATIBILITY IDEOGRAPH-F900"), 0xF900u);
  // The first and last entries of the sorted table (an alias is last).
  EXPECT_EQ(Named("ABACUS"), 0x1F9EEu);
  EXPECT_EQ(Named("ZOMBIE"), 0x1F9DFu);
  EXPECT_EQ(Named("ZWSP"), 0x200Bu);
}

TEST(UnicodeNames, CaseInsensitive) {
  EXPECT_EQ(Named("latin small letter e with acute"), 0xE9u);
  EXPECT_EQ(Named("Bullet"), 0x2022u);
  EXPECT_EQ(Named("khitan small script character-18b00"), 0x18B00u);
  EXPECT_EQ(Named("cjk compatibility ideograph-f900"), 0xF900u);
}

TEST(UnicodeNames, Aliases) {
  EXPECT_EQ(Named("LINE FEED"), 0x0Au);
  EXPECT_EQ(Named("LF"), 0x0Au);
  EXPECT_EQ(Named("lf"), 0x0Au);
  EXPECT_EQ(Named("NULL"), 0x00u);
  EXPECT_EQ(Named("BYTE ORDER MARK"), 0xFEFFu);
  EXPECT_EQ(Named("LATIN CAPITAL LETTER GHA"), 0x1A2u);  // a correction alias
  EXPECT_EQ(Named("EM"), 0xFFFFFFFFu);  // added after Unicode 14.0
}

TEST(UnicodeNames, Algorithmic) {
  EXPECT_EQ(Named("CJK UNIFIED IDEOGRAPH-4E00"), 0x4E00u);
  EXPECT_EQ(Named("CJK UNIFIED IDEOGRAPH-04E00"), 0x4E00u);
  EXPECT_EQ(Named("CJK UNIFIED IDEOGRAPH-3400"), 0x3400u);
  EXPECT_EQ(Named("CJK UNIFIED IDEOGRAPH-2A6DF"), 0x2A6DFu);
  EXPECT_EQ(Named("CJK UNIFIED IDEOGRAPH-3134A"), 0x3134Au);
  EXPECT_EQ(Named("HANGUL SYLLABLE GA"), 0xAC00u);
  EXPECT_EQ(Named("HANGUL SYLLABLE A"), 0xC544u);
  EXPECT_EQ(Named("HANGUL SYLLABLE GGAG"), 0xAE4Du);
  EXPECT_EQ(Named("HANGUL SYLLABLE HIH"), 0xD7A3u);
  // CPython matches these prefixes (and the hex digits) case-sensitively.
  EXPECT_EQ(Named("cjk unified ideograph-4e00"), 0xFFFFFFFFu);
  EXPECT_EQ(Named("CJK UNIFIED IDEOGRAPH-4e00"), 0xFFFFFFFFu);
  EXPECT_EQ(Named("hangul syllable ga"), 0xFFFFFFFFu);
  EXPECT_EQ(Named("CJK UNIFIED IDEOGRAPH-AC00"), 0xFFFFFFFFu);
  EXPECT_EQ(Named("CJK UNIFIED IDEOGRAPH-2A6E0"), 0xFFFFFFFFu);
  EXPECT_EQ(Named("CJK UNIFIED IDEOGRAPH-4E00 "), 0xFFFFFFFFu);
  EXPECT_EQ(Named("CJK UNIFIED IDEOGRAPH-004E00"), 0xFFFFFFFFu);
  EXPECT_EQ(Named("HANGUL SYLLABLE "), 0xFFFFFFFFu);
  EXPECT_EQ(Named("HANGUL SYLLABLE GAX"), 0xFFFFFFFFu);
}

TEST(UnicodeNames, UnknownNames) {
  EXPECT_EQ(Named(""), 0xFFFFFFFFu);
  EXPECT_EQ(Named("NOPE"), 0xFFFFFFFFu);
  EXPECT_EQ(Named(" LF"), 0xFFFFFFFFu);
  EXPECT_EQ(Named("LF "), 0xFFFFFFFFu);
  EXPECT_EQ(Named("AAAA"), 0xFFFFFFFFu);  // before the first stored name
  EXPECT_EQ(Named("ZZZZ"), 0xFFFFFFFFu);  // after the last
  EXPECT_EQ(Named("LATIN SMALL LETTER \xc3\xa9"), 0xFFFFFFFFu);
  EXPECT_EQ(Named("TANGUT IDEOGRAPH-17000"), 0xFFFFFFFFu);  // not in 3.11's database
  EXPECT_EQ(Named("LATIN CAPITAL LETTER A WITH MACRON AND GRAVE"), 0xFFFFFFFFu);  // a named sequence
}

TEST(UnicodeNames, Escapes) {
  EXPECT_EQ(Literal("'\\N{LATIN SMALL LETTER E WITH ACUTE}'"), "\xc3\xa9");
  EXPECT_EQ(Literal("'a\\N{bullet}b\\N{LF}\\N{LINE FEED}'"), "a\xe2\x80\xa2" "b\n\n");
  EXPECT_EQ(Literal("'\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GA}'"),
            "\xe4\xb8\x80\xea\xb0\x80");
  EXPECT_EQ(Literal("'\\N{GRINNING FACE}'"), "\xf0\x9f\x98\x80");
  EXPECT_EQ(Literal("f'\\N{LF}'"), "\n");
  // Not an escape in bytes or raw literals.
  EXPECT_EQ(Literal("b'\\N{LF}'"), "\\N{LF}");
  EXPECT_EQ(Literal("rb'\\N{LF}'"), "\\N{LF}");
  EXPECT_EQ(Literal("r'\\N{LF}'"), "\\N{LF}");
}

TEST(UnicodeNames, EscapeErrors) {
  // CPython's positions, checked with python3 3.11.
  EXPECT_EQ(Literal("'\\N{NOPE}'"), NameError(0, 7));
  EXPECT_EQ(Literal("'ab\\N{NOPE}'"), NameError(2, 9));
  EXPECT_EQ(Literal("'\\N{ LF}'"), NameError(0, 6));
  EXPECT_EQ(Literal("'\\N{cjk unified ideograph-4e00}'"), NameError(0, 29));
  // Non-ASCII characters count as 10 ("\UXXXXXXXX"), an escaping backslash
  // before one as 6 ("\u005c").
  EXPECT_EQ(Literal("'\xc3\xa9\\N{NOPE}'"), NameError(10, 17));
  EXPECT_EQ(Literal("'\\N{\xc3\xa9}'"), NameError(0, 13));
  EXPECT_EQ(Literal("'a\\\xc3\xa9\\N{X}'"), NameError(17, 21));
  EXPECT_EQ(Literal("'\xc3\xa9\\x1'"), NameError(10, 12, "truncated \\xXX escape"));
  EXPECT_EQ(Literal("'\\N'"), NameError(0, 1, "malformed \\N character escape"));
  EXPECT_EQ(Literal("'\\Nx'"), NameError(0, 1, "malformed \\N character escape"));
  EXPECT_EQ(Literal("'\\N{}'"), NameError(0, 2, "malformed \\N character escape"));
  EXPECT_EQ(Literal("'\\N{NOPE'"), NameError(0, 6, "malformed \\N character escape"));
  // In an f-string, positions count from the literal part.
  EXPECT_EQ(Literal("f'\xc3\xa9{1}\\N{X}'"), NameError(0, 4));
  EXPECT_EQ(Literal("b'ab\\x1'"), "ERR((value error) invalid \\x escape at position 2)");
}

TEST(UnicodeNames, EscapeErrorLocationIsTheNextToken) {
  // CPython decodes a literal when it reduces the atom, so the error points
  // at the token after the (concatenated) strings.
  ParseResult r = Parse("x = ('\\N{NOPE}' 'a' and 1)\n", "<test>", ast::Mode::kFile);
  ASSERT_TRUE(r.error.has_value());
  EXPECT_EQ(r.error->line, 1);
  EXPECT_EQ(r.error->col, 20);
  EXPECT_EQ(r.error->end_col, 23);
}

}  // namespace
}  // namespace gilectomy::rt
