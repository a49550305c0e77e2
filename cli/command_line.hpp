// Parsing the command line into settings; no conversion happens here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "govtech/pipeline.hpp"
#include "input_file.hpp"

namespace govtech::cli {

struct CommandLine {
  std::vector<std::string> inputs;  // "-" is standard input
  std::string from;                 // empty: from the extension, else by probing
  std::string to;                   // empty: the writer that claims the extension of -o
  std::string output;               // -o; "-" is standard output
  std::string output_dir;           // -O
  std::vector<std::string> plugin_dirs;
  ConversionSettings settings;                          // options, -M overrides, resource paths
  std::vector<std::string> variable_names;              // the option names given with -V
  unsigned jobs = 0;                                    // -j; 0: one per core
  std::uint64_t max_input_size = kDefaultMaxInputSize;  // bytes; 0: no limit
  bool keep_going = false;                              // convert the rest after a failure
  std::string files_from;       // --files-from FILE ("-" for standard input)
  bool null_separated = false;  // --null: --files-from names end in NUL, not newline
  std::string report;           // --report FILE: one JSON object per input
  bool combine = false;         // --combine: one publication from every input
  bool list_formats = false;
  bool list_plugins = false;
  std::string help_format;  // --help-format NAME: describe that format and its options
  bool quiet = false;
  bool verbose = false;
};

// What parsing decided: run with these settings, or exit now with this code (after --help,
// --version or a usage error, whose message has been printed).
struct Parsed {
  std::optional<CommandLine> command;
  int exit_code = 0;
};

Parsed parse_command_line(int argc, char** argv);

// What names the output format when -t is not given: the extension of -o FILE, after the last
// dot of the file name and without it ("epub" for book.epub); empty when it has none.
std::string output_extension(const std::string& output);

}  // namespace govtech::cli
