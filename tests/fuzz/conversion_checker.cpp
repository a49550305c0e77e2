#include "conversion_checker.hpp"

#include "govtech/pipeline.hpp"
#include "output_checks.hpp"

namespace govtech::checks {

ConversionChecker::ConversionChecker(const std::string& plugin_folder) {
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
  ConversionSettings settings;
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
    write_document(writer, doc, file, "", settings, diagnostics, sink);
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::plugin) return std::string("the writer failed: ") + e.what();
    return {};
  }
  std::string problem = output_problem(writer_name, sink.str());
  if (!problem.empty()) return std::string(writer_name) + " output: " + problem;
  return {};
}

}  // namespace govtech::checks
