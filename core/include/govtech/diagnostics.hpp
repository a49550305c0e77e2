// Errors and warnings.
//
// One error type, govtech::Error, for everything that stops a conversion. It carries where the
// problem is (file, line, column, byte offset where known) and prints as
// `file:line:col: message`, the form editors and CI logs understand.
//
// Warnings never stop a conversion. Readers and writers report them to a Diagnostics object
// that the pipeline hands them; the CLI prints them after the conversion, apart from errors.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "govtech/ast.hpp"
#include "govtech/export.hpp"

namespace govtech {

// Why a conversion failed. The CLI maps these to its exit codes.
enum class ErrorKind {
  input,        // the input cannot be read or converted (exit 1)
  output,       // the output cannot be written (exit 1)
  usage,        // the request itself is wrong (exit 2)
  unavailable,  // a requested format has no plugin (exit 3)
  plugin        // a plugin misbehaved: threw something unexpected (exit 1)
};

struct Location {
  Location(std::string file = {}, SourcePos pos = {},
           std::optional<std::uint64_t> byte_offset = std::nullopt)
      : file(std::move(file)), pos(pos), byte_offset(byte_offset) {}

  std::string file;  // may be empty; the pipeline fills in the input's name
  SourcePos pos;
  std::optional<std::uint64_t> byte_offset;  // offset of the offending byte, where it helps
};

class GOVTECH_API Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message, Location where = {});
  ~Error() override;

  ErrorKind kind() const { return kind_; }
  const Location& where() const { return where_; }
  const std::string& message() const { return message_; }

  // A copy of this error that names `file` if it names none yet.
  Error in_file(const std::string& file) const;

 private:
  ErrorKind kind_;
  std::string message_;
  Location where_;
};

// `file:line:col: ` (the parts that are known) followed by `message`.
GOVTECH_API std::string format_location(const Location& where);

enum class Severity { warning, note };

struct GOVTECH_API Diagnostic {
  Severity severity = Severity::warning;
  Location where;
  std::string message;

  std::string to_string() const;  // `file:line:col: warning: message`
};

// Collects warnings from one conversion. Thread-safe: a writer may report from helper threads.
class GOVTECH_API Diagnostics {
 public:
  explicit Diagnostics(std::string file = {}) : file_(std::move(file)) {}

  void warn(std::string message, SourcePos pos = {});
  void note(std::string message, SourcePos pos = {});

  const std::string& file() const { return file_; }
  std::vector<Diagnostic> take();
  std::size_t count() const;

  // A fact about the conversion that is neither a warning nor a note, for --report: the
  // interview layout a reader recognised ("layout" = "published"). A later value replaces.
  void describe(std::string key, std::string value);
  std::vector<std::pair<std::string, std::string>> facts() const;

 private:
  std::string file_;
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
  std::vector<std::pair<std::string, std::string>> facts_;
};

}  // namespace govtech
