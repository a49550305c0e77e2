#include "govtech/plugin.hpp"

#include <charconv>

namespace govtech {

void Options::set(std::string key, std::string value) {
  values_.insert_or_assign(std::move(key), std::move(value));
}

bool Options::has(std::string_view key) const {
  return values_.find(key) != values_.end();
}

std::string Options::get(std::string_view key, std::string fallback) const {
  auto found = values_.find(key);
  return found == values_.end() ? std::move(fallback) : found->second;
}

bool Options::flag(std::string_view key) const {
  auto found = values_.find(key);
  if (found == values_.end()) return false;
  const std::string& v = found->second;
  return v == "true" || v == "1" || v == "yes" || v == "on";
}

int Options::integer(std::string_view key, int fallback, int min, int max) const {
  auto found = values_.find(key);
  if (found == values_.end()) return fallback;
  const std::string& text = found->second;
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    throw Error(ErrorKind::usage, "option '" + std::string(key) + "' takes a whole number from " +
                                      std::to_string(min) + " to " + std::to_string(max) +
                                      ", not '" + text + "'");
  }
  return value;
}

Sink::~Sink() = default;
Reader::~Reader() = default;
Writer::~Writer() = default;
Registrar::~Registrar() = default;

int Reader::probe(std::string_view) const {
  return 0;
}

void Writer::write_collection(const Collection&, WriteContext&, Sink&) const {
  throw Error(ErrorKind::unavailable,
              "the " + info().name + " writer cannot combine several documents into one");
}

bool Writer::supports(std::string_view) const {
  return false;
}

}  // namespace govtech
