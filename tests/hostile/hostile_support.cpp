#include "hostile_support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

namespace govtech::hostile {

const std::vector<ReaderFormat>& readers() {
  static const std::vector<ReaderFormat> all{{"text", "txt"}, {"markdown", "md"}};
  return all;
}

const std::vector<std::string>& writers() {
  static const std::vector<std::string> all{"json", "html", "docbook", "epub"};
  return all;
}

void require_formats() {
  CliResult listing = testing::run_cli({"--list-formats"});
  REQUIRE(listing.exit_code == 0);
  // One line per format: "<name> <reader|writer> ...".
  auto provides = [&](const std::string& name, const std::string& role) {
    std::size_t pos = 0;
    while ((pos = listing.out.find(name, pos)) != std::string::npos) {
      std::size_t line_end = listing.out.find('\n', pos);
      std::string line = listing.out.substr(pos, line_end - pos);
      bool starts_line = pos == 0 || listing.out[pos - 1] == '\n' || listing.out[pos - 1] == ' ';
      if (starts_line && line.find(role) != std::string::npos) return true;
      pos += name.size();
    }
    return false;
  };
  for (const auto& reader : readers()) {
    INFO("the " << reader.name << " reader is missing from the build:\n" << listing.out);
    REQUIRE(provides(reader.name, "reader"));
  }
  for (const auto& writer : writers()) {
    INFO("the " << writer << " writer is missing from the build:\n" << listing.out);
    REQUIRE(provides(writer, "writer"));
  }
}

CliResult convert(const TempDir& dir, const std::string& input, const std::string& reader,
                  const std::string& writer, const std::string& output,
                  const std::vector<std::string>& extra) {
  std::vector<std::string> args{input, "-f", reader, "-t", writer, "-o", output};
  args.insert(args.end(), extra.begin(), extra.end());
  return testing::run_cli(testing::CliRun{args, {}, {}, dir.path().string()});
}

CliResult run_bounded(const TempDir& dir, const std::vector<std::string>& args,
                      const std::string& input) {
  testing::CliRun run{args, input, {}, dir.path().string()};
  run.memory_mib = kMemoryMib;
  run.cpu_seconds = kCpuSeconds;
  return testing::run_cli(run);
}

std::vector<std::string> files_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string interview(const std::string& reader, const std::string& title,
                      const std::string& answer) {
  if (reader == "markdown") {
    std::string quoted;  // a YAML double-quoted scalar
    for (char c : title) {
      if (c == '"' || c == '\\') quoted += '\\';
      quoted += c;
    }
    return "---\ntitle: \"" + quoted +
           "\"\ninterviewee:\n  name: Ana Ruiz\n  role: Chief Digital Officer\n---\n\n"
           "## What did you change first?\n\n" +
           answer + "\n";
  }
  return "Title: " + title +
         "\nInterviewee: Ana Ruiz, Chief Digital Officer\n\n"
         "Q: What did you change first?\nA: " +
         answer + "\n";
}

}  // namespace govtech::hostile
