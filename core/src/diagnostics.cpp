#include "govtech/diagnostics.hpp"

namespace govtech {

Error::Error(ErrorKind kind, std::string message, Location where)
    : std::runtime_error(format_location(where) + message),
      kind_(kind),
      message_(std::move(message)),
      where_(std::move(where)) {}

Error::~Error() = default;

Error Error::in_file(const std::string& file) const {
  if (!where_.file.empty()) return *this;
  Location named = where_;
  named.file = file;
  return Error(kind_, message_, named);
}

std::string format_location(const Location& where) {
  std::string out;
  if (!where.file.empty()) out += where.file + ":";
  if (where.pos.line > 0) {
    out += std::to_string(where.pos.line) + ":";
    if (where.pos.column > 0) out += std::to_string(where.pos.column) + ":";
  }
  if (!out.empty()) out += " ";
  return out;
}

std::string Diagnostic::to_string() const {
  return format_location(where) + (severity == Severity::warning ? "warning: " : "note: ") +
         message;
}

void Diagnostics::warn(std::string message, SourcePos pos) {
  std::lock_guard lock(mutex_);
  items_.push_back({Severity::warning, {file_, pos, std::nullopt}, std::move(message)});
}

void Diagnostics::note(std::string message, SourcePos pos) {
  std::lock_guard lock(mutex_);
  items_.push_back({Severity::note, {file_, pos, std::nullopt}, std::move(message)});
}

std::vector<Diagnostic> Diagnostics::take() {
  std::lock_guard lock(mutex_);
  return std::move(items_);
}

void Diagnostics::describe(std::string key, std::string value) {
  std::lock_guard lock(mutex_);
  for (auto& fact : facts_) {
    if (fact.first == key) {
      fact.second = std::move(value);
      return;
    }
  }
  facts_.emplace_back(std::move(key), std::move(value));
}

std::vector<std::pair<std::string, std::string>> Diagnostics::facts() const {
  std::lock_guard lock(mutex_);
  return facts_;
}

std::size_t Diagnostics::count() const {
  std::lock_guard lock(mutex_);
  return items_.size();
}

}  // namespace govtech
