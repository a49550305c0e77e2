// Converting one input to one output: choose the reader, run the pipeline, write atomically.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "command_line.hpp"
#include "govtech/registry.hpp"

namespace govtech::cli {

struct Outcome {
  std::string input;
  std::string output;  // "-" for standard output
  std::string format;  // the input format that was read
  bool ok = false;
  bool skipped = false;     // not attempted: an earlier input failed
  std::uint64_t bytes = 0;  // size of the output written
  double milliseconds = 0;
  Error error{ErrorKind::input, ""};  // when !ok
  std::vector<Diagnostic> warnings;   // and notes, shown with -v
  std::string layout;                 // the interview layout the reader recognised, if it said
  std::size_t questions = 0;          // questions in the document read
};

class Converter {
 public:
  // Resolves the writer once. Throws Error(unavailable) listing the writers there are.
  Converter(Registry& registry, const CommandLine& command);

  // Where the output for `input` goes: -o, else -O DIR/stem.ext, else beside the input
  // (standard input with neither goes to standard output).
  std::string output_for(const std::string& input) const;

  // Converts one input into `output`. Never throws: failures are in the outcome.
  Outcome convert(const std::string& input, const std::string& output) const;

  // Reads one input for --combine, without the -M overrides (they are the collection's).
  // Throws Error.
  Document read(const std::string& input, Diagnostics& diagnostics) const;

  const Provided<Writer>& writer() const { return writer_; }

  // For a run with one input: its document is left for the end of the process to reclaim
  // instead of being freed node by node, which for a large one took a sixth of the run.
  void keep_documents_until_exit() { keep_documents_ = true; }

 private:
  Provided<Reader> reader_for(const std::string& input, std::string_view bytes) const;

  Registry& registry_;
  const CommandLine& command_;
  Provided<Writer> writer_;
  bool keep_documents_ = false;
};

// "a, b, c": the names of the formats available in `role`, for messages.
std::string available_formats(Registry& registry, Role role);

}  // namespace govtech::cli
