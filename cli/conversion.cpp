#include "conversion.hpp"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <new>
#include <vector>

#include "govtech/pipeline.hpp"
#include "input_file.hpp"
#include "output_file.hpp"

namespace govtech::cli {

namespace fs = std::filesystem;

std::string available_formats(Registry& registry, Role role) {
  std::string names;
  for (const FormatEntry& f : registry.formats()) {
    if (f.role != role) continue;
    if (!names.empty()) names += ", ";
    names += f.info.name;
  }
  return names.empty() ? "none (no plugins were found; see --list-plugins)" : names;
}

Converter::Converter(Registry& registry, const CommandLine& command)
    : registry_(registry), command_(command) {
  if (command.to.empty()) {
    // The command line has made sure -o names a file with an extension.
    writer_ = registry.writer_for_file_name(fs::path(command.output).filename().string());
    if (!writer_) {
      throw Error(ErrorKind::usage,
                  "no output format claims the extension '." + output_extension(command.output) +
                      "' of -o '" + command.output + "': name the format with -t FORMAT (one of: " +
                      available_formats(registry, Role::writer) + ")");
    }
    return;
  }
  writer_ = registry.writer(command.to);
  if (!writer_) {
    throw Error(ErrorKind::unavailable, "unknown output format '" + command.to + "'; try one of: " +
                                            available_formats(registry, Role::writer));
  }
}

std::string Converter::output_for(const std::string& input) const {
  if (!command_.output.empty()) return command_.output;
  const auto& extensions = writer_.entry.info.extensions;
  std::string ext = extensions.empty() ? writer_.entry.info.name : extensions.front();
  if (input == "-") {
    if (command_.output_dir.empty()) return "-";
    return (fs::path(command_.output_dir) / ("stdin." + ext)).string();
  }
  fs::path name = fs::path(input).stem();
  name += "." + ext;
  if (!command_.output_dir.empty()) return (fs::path(command_.output_dir) / name).string();
  return (fs::path(input).parent_path() / name).string();
}

namespace {

// Never freed; reachable from a static, so leak checkers do not count it as lost.
void keep_until_exit(Document&& doc) {
  static auto* kept = new std::vector<std::unique_ptr<Document>>;
  kept->push_back(std::make_unique<Document>(std::move(doc)));
}

}  // namespace

Provided<Reader> Converter::reader_for(const std::string& input, std::string_view bytes) const {
  if (!command_.from.empty()) {
    if (auto reader = registry_.reader(command_.from)) return reader;
    throw Error(ErrorKind::unavailable,
                "unknown input format '" + command_.from +
                    "'; try one of: " + available_formats(registry_, Role::reader));
  }
  std::string ext = fs::path(input).extension().string();
  if (ext.size() > 1) {
    if (auto reader = registry_.reader_for_extension(ext.substr(1))) return reader;
  }
  if (auto reader = registry_.reader_by_probe(bytes.substr(0, 4096))) return reader;
  throw Error(ErrorKind::usage, "cannot tell the input's format; name it with -f FORMAT (one of: " +
                                    available_formats(registry_, Role::reader) + ")");
}

Document Converter::read(const std::string& input, Diagnostics& diagnostics) const {
  std::string bytes = read_input(input, command_.max_input_size);
  Provided<Reader> reader = reader_for(input, bytes);
  check_options(command_.settings.options, {&reader.entry.info, &writer_.entry.info},
                command_.variable_names);
  ConversionSettings settings = command_.settings;
  settings.metadata.clear();
  return read_document(reader, bytes, diagnostics.file(), settings, diagnostics);
}

Outcome Converter::convert(const std::string& input, const std::string& output) const {
  const auto started = std::chrono::steady_clock::now();
  Outcome outcome;
  outcome.input = input;
  outcome.output = output;
  const std::string name = input == "-" ? "<stdin>" : input;
  Diagnostics diagnostics(name);
  try {
    if (output != "-" && input != "-") {
      std::error_code ec;
      if (fs::equivalent(input, output, ec)) {
        throw Error(ErrorKind::usage, "the output would overwrite the input", {input});
      }
    }
    if (output == "-" && writer_.entry.info.binary && ::isatty(STDOUT_FILENO)) {
      throw Error(ErrorKind::usage, "refusing to write binary " + writer_.entry.info.name +
                                        " output to a terminal; use -o FILE");
    }
    std::string bytes = read_input(input, command_.max_input_size);
    Provided<Reader> reader = reader_for(input, bytes);
    outcome.format = reader.entry.info.name;
    check_options(command_.settings.options, {&reader.entry.info, &writer_.entry.info},
                  command_.variable_names);
    Document doc = read_document(reader, bytes, name, command_.settings, diagnostics);
    std::string().swap(bytes);  // the document holds what it needs
    outcome.questions = doc.entries.size();

    std::string folder;
    if (input != "-") folder = fs::path(input).parent_path().string();
    if (input != "-" && folder.empty()) folder = ".";
    if (output == "-") {
      // Buffered, so that a failed conversion writes nothing at all.
      StringSink sink;
      write_document(writer_, doc, name, folder, command_.settings, diagnostics, sink);
      std::cout.write(sink.str().data(), static_cast<std::streamsize>(sink.str().size()));
      std::cout.flush();
      if (!std::cout) throw Error(ErrorKind::output, "cannot write to standard output");
      outcome.bytes = sink.str().size();
    } else {
      OutputFile file(output);
      write_document(writer_, doc, name, folder, command_.settings, diagnostics, file);
      file.commit();
      outcome.bytes = file.bytes_written();
    }
    if (keep_documents_) keep_until_exit(std::move(doc));
    outcome.ok = true;
  } catch (const Error& e) {
    outcome.error = e.in_file(name);
  } catch (const std::bad_alloc&) {
    outcome.error = Error(ErrorKind::input, "out of memory while converting", {name});
  } catch (const std::exception& e) {
    outcome.error = Error(ErrorKind::input, e.what(), {name});
  }
  outcome.warnings = diagnostics.take();
  for (auto& [key, value] : diagnostics.facts()) {
    if (key == "layout") outcome.layout = value;
  }
  outcome.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  return outcome;
}

}  // namespace govtech::cli
