// The manual page govtech-convert(1), written in roff from the very text --help prints, so
// that the two cannot disagree: a new option appears in both.
#pragma once

#include <boost/program_options/options_description.hpp>
#include <ostream>
#include <string_view>

namespace govtech::cli {

// What --help prints, in its parts.
struct HelpText {
  std::string_view usage;    // "Usage: govtech-convert INPUT... [options]", one line
  std::string_view summary;  // what the program does, one sentence
  const boost::program_options::options_description& options;  // the visible ones, in groups
  // The text after the option table: unindented "Heading:" lines, each followed by indented
  // "term  explanation" lines (Examples:, Exit codes:), and paragraphs of prose.
  std::string_view epilogue;
};

void write_manual(std::ostream& out, const HelpText& help);

}  // namespace govtech::cli
