// Running the govtech-convert program from a test, as a user would.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace govtech::testing {

struct CliResult {
  int exit_code = -1;  // 128 + signal number if killed by a signal
  std::string out;
  std::string err;
};

struct CliRun {
  std::vector<std::string> args{};  // without the program name
  std::string input{};              // fed to standard input
  // Added to the environment; a key with an empty value is removed from it.
  std::map<std::string, std::string> env{};
  std::string cwd{};  // working directory; empty: the current one
  std::string program = GOVTECH_CLI;
  // Limits on the child, so that a run that would take far too much fails instead of taking
  // the machine: its address space in MiB (RLIMIT_AS) and its processor time in seconds
  // (RLIMIT_CPU; SIGXCPU, then SIGKILL, end it). 0: no limit.
  unsigned memory_mib = 0;
  unsigned cpu_seconds = 0;
};

CliResult run_cli(const CliRun& run);
inline CliResult run_cli(std::vector<std::string> args, std::string input = {}) {
  return run_cli(CliRun{std::move(args), std::move(input)});
}

}  // namespace govtech::testing
