// A one-line progress bar on standard error (files done / total, rate, time left), drawn only
// when standard error is a terminal. Not thread-safe: the caller holds its print lock.
#pragma once

#include <chrono>
#include <cstddef>

namespace govtech::cli {

class Progress {
 public:
  Progress(std::size_t total, bool enabled);
  void advance(bool ok);  // one more input done; redraws
  void clear();           // wipes the bar so that a message can be printed

 private:
  std::size_t total_;
  std::size_t done_ = 0;
  std::size_t failed_ = 0;
  bool enabled_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point started_;
};

}  // namespace govtech::cli
