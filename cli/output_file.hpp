// Writing an output so that it appears whole or not at all.
//
// Output goes to a temporary file beside the target, which is renamed over the target only
// once the writer has finished. If the conversion fails, or the program is interrupted
// (SIGINT, SIGTERM, SIGHUP and the other signals below), the temporary file is removed: no
// half-written output is left.
//
// What is not a file to replace is written in place: a device, a FIFO (opened without
// blocking, so that one nobody reads is an error), anything in /dev or beneath /proc, and a path
// that names one of the process's own descriptors (/dev/stdout, /dev/fd/N, /proc/self/fd/N),
// which is written through that descriptor. A replaced file keeps its mode and group.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include "govtech/plugin.hpp"

namespace govtech::cli {

class OutputFile final : public Sink {
 public:
  // Creates the temporary file. Throws Error(output) naming `target` if its folder cannot
  // be written.
  explicit OutputFile(std::string target);
  ~OutputFile() override;  // removes the temporary file unless committed
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(std::string_view bytes) override;
  // Flushes, syncs and renames the temporary file into place. Throws Error(output).
  void commit();
  std::uint64_t bytes_written() const { return bytes_; }

 private:
  std::string target_;
  std::string temp_;
  std::FILE* file_ = nullptr;
  int slot_ = -1;
  std::uint64_t bytes_ = 0;
  bool committed_ = false;
  bool direct_ = false;  // writing straight to a device or pipe, not through a temporary file
};

// How many outputs may be in progress at once with the signal handlers still able to remove
// every temporary: the batch never runs more conversions at a time than this.
inline constexpr int kMaxOutputsInFlight = 256;

// Installs the signal handlers that remove temporary outputs (SIGINT, SIGTERM, SIGHUP, SIGQUIT,
// SIGUSR1, SIGUSR2, SIGALRM, SIGXFSZ, SIGXCPU, SIGVTALRM, SIGPROF). Call once, early in main().
void install_cleanup_handlers();

}  // namespace govtech::cli
