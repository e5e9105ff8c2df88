// Tests for runtime/lexer.h: tokens, indentation, literals, lexical errors.
#include "runtime/lexer.h"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace gilectomy::rt
