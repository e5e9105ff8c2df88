// Seeded randomness for gcstress: splitmix64, identical on every platform
// (std:: distributions are not), so a seed replays the same run.
#pragma once

#include <cstdint>

namespace gilectomy::stress {

inline uint64_t Mix(uint64_t z) {
  z += 0x9E3779B97F4A7C15ull;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

inline uint64_t NextRandom(uint64_t* state) {
  *state += 0x9E3779B97F4A7C15ull;
  return Mix(*state);
}

class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(Mix(seed)) {}
  uint64_t Next() { return NextRandom(&state_); }
  // Uniform in [0, n) (n > 0; the modulo bias is irrelevant here).
  uint64_t Below(uint64_t n) { return Next() % n; }
  // True with probability 1/n.
  bool OneIn(uint64_t n) { return Below(n) == 0; }

 private:
  uint64_t state_;
};

}  // namespace gilectomy::stress
