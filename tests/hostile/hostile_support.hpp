// Helpers for the hostile-input tests: every reader and writer the suite expects, a conversion
// through the real CLI in a folder of its own, and a listing of what a run left behind.
#pragma once

#include <string>
#include <vector>

#include "cli_runner.hpp"
#include "files.hpp"

namespace govtech::hostile {

using testing::CliResult;
using testing::TempDir;
namespace fs = std::filesystem;

struct ReaderFormat {
  std::string name;       // -f NAME
  std::string extension;  // of the input files the tests write
};

// The readers and writers every case runs over. Each must be present in the build: a missing
// one fails require_formats(), it is never skipped.
const std::vector<ReaderFormat>& readers();
const std::vector<std::string>& writers();

// Fails the current test case unless `--list-formats` shows every reader and writer above.
void require_formats();

// Runs the CLI in `dir`: `input` (a name inside `dir`) read as `reader`, written as `writer`
// to `output` (a name inside `dir`, or a path). `extra` arguments come last.
CliResult convert(const TempDir& dir, const std::string& input, const std::string& reader,
                  const std::string& writer, const std::string& output,
                  const std::vector<std::string>& extra = {});

// Bounds for a run that must stay linear: it fails (killed, or out of memory) well before a
// quadratic pass over a test's input would end. Far above what the runs need.
inline constexpr unsigned kMemoryMib = 1024;
inline constexpr unsigned kCpuSeconds = 60;

// Runs the CLI in `dir` with `args`, `input` on standard input, within the bounds above.
CliResult run_bounded(const TempDir& dir, const std::vector<std::string>& args,
                      const std::string& input = {});

// The names in `dir`, sorted, hidden files (a temporary ".name.XXXXXX.part") included.
std::vector<std::string> files_in(const fs::path& dir);

// A short valid interview in the reader's format, with `answer` as the text of its one answer
// and `title` as its title.
std::string interview(const std::string& reader, const std::string& title,
                      const std::string& answer);

}  // namespace govtech::hostile
