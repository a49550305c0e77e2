// Converting many inputs: N at a time, with progress, a summary, a JSON report, and either
// stopping at the first failure or (--keep-going) converting the rest.
#pragma once

#include <string>
#include <vector>

#include "command_line.hpp"
#include "conversion.hpp"

namespace govtech::cli {

// The inputs named on the command line and in --files-from, in order. Throws Error(input)
// if the list cannot be read.
std::vector<std::string> collect_inputs(const CommandLine& command);

// Converts every input to its own output. Returns the exit code.
int run_batch(const Converter& converter, const CommandLine& command,
              const std::vector<std::string>& inputs);

// Reads every input and writes them as one publication (--combine). Returns the exit code.
int run_combined(const Converter& converter, const CommandLine& command,
                 const std::vector<std::string>& inputs);

}  // namespace govtech::cli
