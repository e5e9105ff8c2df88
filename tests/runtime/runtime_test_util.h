// The GoogleTest fixture for suites that exercise the runtime directly: the
// runtime is started once, and a test that leaves a Python exception pending
// fails.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/interpreter.h"

namespace gilectomy::rt::test_util {

class RuntimeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { InitRuntimeForTesting(); }
  void TearDown() override {
    if (ErrorOccurred()) {
      std::string msg;
      Ref e = FetchError();
      ReprText(e.get(), &msg);
      ADD_FAILURE() << "pending exception: " << msg;
    }
  }
};

}  // namespace gilectomy::rt::test_util
