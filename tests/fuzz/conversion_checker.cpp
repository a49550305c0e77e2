#include "conversion_checker.hpp"

#include "govtech/pipeline.hpp"
#include "output_checks.hpp"

namespace govtech::checks {

namespace {

// The options of one conversion, picked from the input's length: deterministic for each
// input (so a finding replays as found), and spread so that the fuzzers also reach the table
// of contents, fragments, split EPUBs, strict CommonMark, inlined images and every forced text
// layout.
ConversionSettings settings_for(std::string_view input) {
  const std::size_t n = input.size();
  ConversionSettings settings;
  if (n & 1) settings.options.set("toc", "true");
  if (n & 2) settings.options.set("fragment", "true");
  if (n & 4) settings.options.set("split", "true");
  if (n & 8) settings.options.set("markdown-dialect", "commonmark");
  if (n & 32) settings.options.set("embed-resources", "true");
  static const char* const layouts[] = {"auto",       "auto",      "qa",
                                        "transcript", "published", "numbered"};
  settings.options.set("text-layout", layouts[(n >> 4) % 6]);
  return settings;
}

}  // namespace

ConversionChecker::ConversionChecker(const std::string& plugin_folder, std::string resource_folder)
    : resource_folder_(std::move(resource_folder)) {
  registry_.add_folder(plugin_folder);
}

bool ConversionChecker::available(std::string_view reader, std::string_view writer) {
  return registry_.reader(reader) && (writer.empty() || registry_.writer(writer));
}

std::string ConversionChecker::check(std::string_view reader_name, std::string_view writer_name,
                                     std::string_view input) {
  const Provided<Reader> reader = registry_.reader(reader_name);
  if (!reader) return "no " + std::string(reader_name) + " reader";
  const std::string file = "fuzz-input";
  const ConversionSettings settings = settings_for(input);
  Diagnostics diagnostics(file);
  Document doc;
  try {
    doc = read_document(reader, input, file, settings, diagnostics);
  } catch (const Error& e) {
    // A clean refusal is the right answer to most hostile input; an unexpected exception
    // from inside the plugin is not.
    if (e.kind() == ErrorKind::plugin) return std::string("the reader failed: ") + e.what();
    return {};
  }
  if (writer_name.empty()) return {};
  const Provided<Writer> writer = registry_.writer(writer_name);
  if (!writer) return "no " + std::string(writer_name) + " writer";
  StringSink sink;
  try {
    write_document(writer, doc, file, resource_folder_, settings, diagnostics, sink);
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::plugin) return std::string("the writer failed: ") + e.what();
    return {};
  }
  std::string problem = output_problem(writer_name, sink.str());
  if (!problem.empty()) return std::string(writer_name) + " output: " + problem;
  return {};
}

}  // namespace govtech::checks
