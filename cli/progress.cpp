#include "progress.hpp"

#include <cstdio>
#include <string>

namespace govtech::cli {

Progress::Progress(std::size_t total, bool enabled)
    : total_(total), enabled_(enabled), started_(std::chrono::steady_clock::now()) {}

void Progress::advance(bool ok) {
  ++done_;
  failed_ += !ok;
  if (!enabled_) return;
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  double rate = seconds > 0 ? static_cast<double>(done_) / seconds : 0;
  double left = rate > 0 ? static_cast<double>(total_ - done_) / rate : 0;
  constexpr int kWidth = 30;
  int filled = total_ ? static_cast<int>(kWidth * done_ / total_) : kWidth;
  std::string bar(static_cast<std::size_t>(filled), '=');
  bar.resize(kWidth, ' ');
  std::fprintf(stderr, "\r[%s] %zu/%zu  %.1f files/s  ETA %.0fs%s", bar.c_str(), done_, total_,
               rate, left, failed_ ? "  (failures)" : "");
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::clear() {
  if (!drawn_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace govtech::cli
