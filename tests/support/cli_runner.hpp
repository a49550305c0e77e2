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
};

CliResult run_cli(const CliRun& run);
inline CliResult run_cli(std::vector<std::string> args, std::string input = {}) {
  return run_cli(CliRun{std::move(args), std::move(input)});
}

}  // namespace govtech::testing
