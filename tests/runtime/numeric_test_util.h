// Helpers shared by the numeric GoogleTest suites (int_test.cpp,
// float_test.cpp): rendering results like Python, operands written as
// Python literals, and binary-operator tables checked through the generic
// operations.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"
#include "runtime/objects/float.h"
#include "runtime/objects/int.h"
#include "runtime/objects/str.h"

namespace gilectomy::rt::test_util {

// A Python-like rendering of a result: repr() of the value, or
// "ExcType: message" for the pending exception (which is cleared).
inline std::string Show(const Ref& r) {
  if (!r) {
    Ref exc = FetchError();
    if (!exc) return "<no result and no exception>";
    Ref s = ExceptionStr(exc.get());
    return std::string(TypeName(exc.get())) + ": " + std::string(s ? StrView(s.get()) : "?");
  }
  Ref s = Repr(r.get());
  if (!s) return Show(Ref());
  return std::string(StrView(s.get()));
}

// An operand written as a Python literal: int, float ("1.5", "1e300",
// "float('nan')"), True/False.
inline Ref Operand(std::string_view t) {
  if (t == "True") return Ref::New(True());
  if (t == "False") return Ref::New(False());
  if (t.substr(0, 6) == "float(") return FloatFromString(t.substr(7, t.size() - 9));
  if (t.find_first_of(".en") != std::string_view::npos) return FloatFromString(t);
  return IntFromString(t, 10);
}

inline Ref Divmod(Value a, Value b) {
  for (TypeObject* t : {a.type(), b.type()}) {
    if (t->number.divmod == nullptr) continue;
    Ref r = t->number.divmod(a, b);
    if (!r || !IsNotImplemented(r.get())) return r;
  }
  return SetError(TypeErrorType(), "unsupported operand type(s) for divmod()");
}

// a <op> b through the generic operations (reflected dispatch included).
inline Ref Apply(std::string_view op, Value a, Value b) {
  static const std::pair<std::string_view, BinOp> kBinOps[] = {
      {"+", BinOp::kAdd},       {"-", BinOp::kSub},       {"*", BinOp::kMul},
      {"/", BinOp::kTrueDiv},   {"//", BinOp::kFloorDiv}, {"%", BinOp::kMod},
      {"<<", BinOp::kLShift},   {">>", BinOp::kRShift},   {"&", BinOp::kAnd},
      {"|", BinOp::kOr},        {"^", BinOp::kXor}};
  static const std::pair<std::string_view, CompareOp> kCompareOps[] = {
      {"<", CompareOp::kLt}, {"<=", CompareOp::kLe}, {"==", CompareOp::kEq},
      {"!=", CompareOp::kNe}, {">", CompareOp::kGt}, {">=", CompareOp::kGe}};
  if (op == "**") return Power(a, b, None());
  if (op == "divmod") return Divmod(a, b);
  for (const auto& [name, bop] : kBinOps) {
    if (name == op) return BinaryOp(a, b, bop);
  }
  for (const auto& [name, cop] : kCompareOps) {
    if (name == op) return RichCompare(a, b, cop);
  }
  ADD_FAILURE() << "unknown operator " << op;
  return Ref();
}

struct BinaryCase {
  const char* op;
  const char* a;
  const char* b;
  const char* expected;
};

inline void CheckBinaryCases(const BinaryCase* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const BinaryCase& c = cases[i];
    Ref a = Operand(c.a), b = Operand(c.b);
    ASSERT_TRUE(a && b) << c.a << " / " << c.b;
    EXPECT_EQ(Show(Apply(c.op, a.get(), b.get())), c.expected) << "(" << c.a << ") " << c.op << " (" << c.b << ")";
  }
}

// self.name(*args) through the type's method descriptor (unbound call).
inline Ref CallMethodOf(Value self, const char* name, std::initializer_list<Value> args) {
  Value descr = LookupInType(self.type(), Intern(name));
  if (!descr) return SetErrorFmt(AttributeErrorType(), "no attribute {}", name);
  std::vector<Value> all{self};
  all.insert(all.end(), args.begin(), args.end());
  return Call(descr, all.data(), all.size());
}

}  // namespace gilectomy::rt::test_util
