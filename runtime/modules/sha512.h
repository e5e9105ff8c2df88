// SHA-512 (FIPS 180-4), used by random.seed(str) and available to hashlib.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace gilectomy::rt {

class Sha512 {
 public:
  Sha512();
  void Update(std::string_view data);
  // The 64-byte digest; the object must not be updated afterwards.
  std::array<uint8_t, 64> Finish();

 private:
  void Block(const uint8_t* p);
  uint64_t h_[8];
  uint8_t buf_[128];
  size_t buf_len_ = 0;
  uint64_t total_ = 0;  // bytes hashed
};

}  // namespace gilectomy::rt
