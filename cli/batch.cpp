#include "batch.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <new>
#include <nlohmann/json.hpp>
#include <set>
#include <system_error>
#include <thread>

#include "exit_codes.hpp"
#include "file_identity.hpp"
#include "input_file.hpp"
#include "output_file.hpp"
#include "printable.hpp"
#include "progress.hpp"

namespace govtech::cli {

namespace fs = std::filesystem;

std::vector<std::string> collect_inputs(const CommandLine& command) {
  std::vector<std::string> inputs = command.inputs;
  if (!command.files_from.empty()) {
    std::string list = read_input(command.files_from, command.max_input_size);
    const char separator = command.null_separated ? '\0' : '\n';
    std::size_t start = 0;
    while (start < list.size()) {
      std::size_t end = list.find(separator, start);
      if (end == std::string::npos) end = list.size();
      std::string name = list.substr(start, end - start);
      if (!command.null_separated && name.find('\0') != std::string::npos) {
        // The name would end at the NUL and so name another file.
        throw Error(ErrorKind::usage,
                    "a name holds a NUL byte (names separated by NUL need --null): '" +
                        printable(name.substr(0, name.find('\0'))) + "\\x00...'",
                    {command.files_from == "-" ? "<stdin>" : command.files_from});
      }
      if (!command.null_separated && !name.empty() && name.back() == '\r') name.pop_back();
      if (!name.empty()) inputs.push_back(std::move(name));
      start = end + 1;
    }
  }
  return inputs;
}

namespace {

nlohmann::ordered_json report_line(const Outcome& o) {
  nlohmann::ordered_json j;
  j["input"] = o.input;
  j["output"] = o.output;
  j["format"] = o.format;
  j["status"] = o.ok ? "converted" : o.skipped ? "skipped" : "failed";
  j["error"] = o.ok || o.skipped ? "" : o.error.what();
  auto warnings = nlohmann::ordered_json::array();
  for (const auto& w : o.warnings) {
    if (w.severity == Severity::warning) warnings.push_back(w.to_string());
  }
  j["warnings"] = std::move(warnings);
  // What the reader recognised, so that a batch over an archive can list the files whose
  // interview was not found.
  j["layout"] = o.layout;
  j["questions"] = o.questions;
  j["bytes"] = o.bytes;
  j["milliseconds"] = std::round(o.milliseconds * 1000) / 1000;
  return j;
}

void write_report(const std::string& path, const std::vector<Outcome>& outcomes) {
  std::string text;
  for (const auto& o : outcomes) {
    text += report_line(o).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    text += '\n';
  }
  if (path == "-") {
    std::cout << text << std::flush;
    return;
  }
  OutputFile file(path);
  file.write(text);
  file.commit();
}

// Warnings unless --quiet; notes (what a reader recognised, and why) only with -v.
void print_diagnostic(const Diagnostic& d, const CommandLine& command) {
  const bool shown = d.severity == Severity::warning ? !command.quiet : command.verbose;
  if (shown) std::cerr << printable(d.to_string()) << "\n";
}

void print_outcome(const Outcome& o, const CommandLine& command) {
  for (const auto& w : o.warnings) print_diagnostic(w, command);
  if (!o.ok && !o.skipped) std::cerr << "govtech-convert: " << printable(o.error.what()) << "\n";
  if (o.ok && command.verbose) {
    std::cerr << "govtech-convert: " << printable(o.input) << " -> " << printable(o.output) << "\n";
  }
}

}  // namespace

int run_batch(const Converter& converter, const CommandLine& command,
              const std::vector<std::string>& inputs) {
  const auto started = std::chrono::steady_clock::now();
  std::vector<Outcome> outcomes(inputs.size());

  // Decide every output first, so that no input writes over an input or over the output of
  // another: files are told apart by device and inode (or, not yet made, by folder and name),
  // so neither a symbolic link nor another spelling hides one. A clash is a failure of that
  // input, met in its turn.
  std::map<FileKey, std::size_t> input_files;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (auto key = file_key(inputs[i])) input_files.emplace(std::move(*key), i);
  }
  std::vector<bool> clashes(inputs.size(), false);
  std::map<FileKey, std::size_t> taken;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    Outcome& o = outcomes[i];
    o.input = inputs[i];
    o.output = converter.output_for(inputs[i]);
    auto key = o.output == "-" ? std::nullopt : file_key(o.output);
    if (!key) continue;
    if (auto in = input_files.find(*key); in != input_files.end() && in->second != i) {
      o.error = Error(ErrorKind::usage,
                      "not converted: its output " + o.output + " is the input " +
                          inputs[in->second] + ", which it would overwrite",
                      {o.input});
      clashes[i] = true;
    } else if (!taken.emplace(*key, i).second) {
      o.error = Error(ErrorKind::input,
                      "not converted: its output " + o.output +
                          " would overwrite the output of an earlier input",
                      {o.input});
      clashes[i] = true;
    }
  }
  if (!command.report.empty() && command.report != "-") {
    if (auto key = file_key(command.report)) {
      auto in = input_files.find(*key);
      auto out = taken.find(*key);
      if (in != input_files.end() || out != taken.end()) {
        std::cerr << "govtech-convert: " << printable(command.report)
                  << ": the report would overwrite "
                  << printable(in != input_files.end()
                                   ? "the input " + inputs[in->second]
                                   : "the output " + outcomes[out->second].output)
                  << "; name another file with --report\n";
        return kUsage;
      }
    }
  }

  unsigned workers = command.jobs ? command.jobs : std::thread::hardware_concurrency();
  workers = static_cast<unsigned>(std::clamp<std::size_t>(
      workers, 1, std::min<std::size_t>(inputs.size(), kMaxOutputsInFlight)));

  Progress progress(inputs.size(), !command.quiet && inputs.size() > 1 && ::isatty(STDERR_FILENO));
  std::mutex print_mutex;
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  auto work = [&] {
    while (true) {
      std::size_t i = next.fetch_add(1);
      if (i >= inputs.size()) return;
      Outcome& slot = outcomes[i];
      if (stop) {
        slot.skipped = true;
        continue;
      }
      Outcome done = clashes[i] ? std::move(slot) : converter.convert(slot.input, slot.output);
      if (!done.ok && !command.keep_going) stop = true;
      std::lock_guard lock(print_mutex);
      progress.clear();
      print_outcome(done, command);
      progress.advance(done.ok);
      slot = std::move(done);
    }
  };
  if (workers <= 1) {
    work();
  } else {
    std::vector<std::thread> threads;
    try {
      for (unsigned t = 0; t < workers; ++t) threads.emplace_back(work);
    } catch (const std::system_error&) {
      // No more threads to be had (a process limit, memory): those started do the work, or
      // this one alone.
      if (threads.empty()) work();
    }
    for (auto& t : threads) t.join();
  }
  progress.clear();

  std::size_t converted = 0, failed = 0, skipped = 0;
  int exit_code = kSuccess;
  for (const auto& o : outcomes) {
    if (o.ok) {
      ++converted;
    } else if (o.skipped) {
      ++skipped;
    } else {
      ++failed;
      if (exit_code == kSuccess) exit_code = exit_code_for(o.error.kind());
    }
  }
  if (command.keep_going && failed > 0) exit_code = kConversionFailed;

  if (!command.report.empty()) {
    try {
      write_report(command.report, outcomes);
    } catch (const Error& e) {
      std::cerr << "govtech-convert: " << printable(e.what()) << "\n";
      if (exit_code == kSuccess) exit_code = kConversionFailed;
    }
  }
  if (inputs.size() > 1 && !command.quiet) {
    double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    char line[160];
    std::snprintf(line, sizeof line,
                  "govtech-convert: %zu converted, %zu failed, %zu skipped in %.2f s\n", converted,
                  failed, skipped, seconds);
    std::cerr << line;
  }
  return exit_code;
}

int run_combined(const Converter& converter, const CommandLine& command,
                 const std::vector<std::string>& inputs) {
  if (command.output == "-" && converter.writer().entry.info.binary && ::isatty(STDOUT_FILENO)) {
    std::cerr << "govtech-convert: refusing to write binary " << converter.writer().entry.info.name
              << " output to a terminal; use -o FILE\n";
    return kUsage;
  }
  if (auto output = command.output == "-" ? std::nullopt : file_key(command.output)) {
    for (const auto& input : inputs) {
      if (file_key(input) == output) {
        std::cerr << "govtech-convert: " << printable(command.output)
                  << ": the combined output would overwrite the input " << printable(input)
                  << "; name another file with -o\n";
        return kUsage;
      }
    }
  }
  Collection books;
  Diagnostics diagnostics(command.output);
  for (const auto& input : inputs) {
    const std::string name = input == "-" ? "<stdin>" : input;
    Diagnostics doc_diagnostics(name);
    try {
      books.documents.push_back(converter.read(input, doc_diagnostics));
    } catch (const Error& e) {
      for (const auto& w : doc_diagnostics.take()) print_diagnostic(w, command);
      std::cerr << "govtech-convert: " << printable(e.in_file(name).what()) << "\n";
      return exit_code_for(e.kind());
    } catch (const std::bad_alloc&) {
      std::cerr << "govtech-convert: " << printable(name) << ": out of memory while reading\n";
      return kConversionFailed;
    }
    for (const auto& w : doc_diagnostics.take()) print_diagnostic(w, command);
  }
  apply_metadata_overrides(books.meta, command.settings.metadata);
  if (books.meta.title.empty()) {
    std::set<std::string> series;
    for (const auto& d : books.documents) series.insert(d.meta.series);
    books.meta.title =
        series.size() == 1 && !series.begin()->empty() ? *series.begin() : "Collected interviews";
    diagnostics.warn("the collection has no title; using '" + books.meta.title +
                     "' (set one with -M title=...)");
  }
  if (books.meta.language.empty()) {
    for (const auto& d : books.documents) {
      if (!d.meta.language.empty()) {
        books.meta.language = d.meta.language;
        break;
      }
    }
  }

  // Images of every input may be embedded: each input's folder is a resource folder.
  ConversionSettings settings = command.settings;
  for (const auto& input : inputs) {
    if (input != "-")
      settings.resource_paths.push_back(
          fs::path(input).parent_path().empty() ? "." : fs::path(input).parent_path().string());
  }
  int exit_code = kSuccess;
  try {
    if (command.output == "-") {
      StringSink sink;
      write_collection(converter.writer(), std::move(books), "", settings, diagnostics, sink);
      std::cout << sink.str() << std::flush;
    } else {
      OutputFile file(command.output);
      write_collection(converter.writer(), std::move(books), "", settings, diagnostics, file);
      file.commit();
    }
  } catch (const Error& e) {
    std::cerr << "govtech-convert: " << printable(e.in_file(command.output).what()) << "\n";
    exit_code = exit_code_for(e.kind());
  } catch (const std::bad_alloc&) {
    std::cerr << "govtech-convert: " << printable(command.output)
              << ": out of memory while converting\n";
    exit_code = kConversionFailed;
  }
  if (!command.quiet) {
    for (const auto& w : diagnostics.take()) std::cerr << printable(w.to_string()) << "\n";
  }
  return exit_code;
}

}  // namespace govtech::cli
