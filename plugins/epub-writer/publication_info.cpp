#include "publication_info.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

#include "govtech/text.hpp"

namespace govtech::epub {

namespace {

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '.')) ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != ',') ++i;
    if (i > start) words.push_back(text.substr(start, i - start));
  }
  return words;
}

std::optional<int> number(std::string_view text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<int> month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string lower = ascii_lower(word);
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  if (lower.size() < 3) return std::nullopt;
  for (std::size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i].substr(0, lower.size()) == lower) return static_cast<int>(i) + 1;
  }
  return std::nullopt;
}

bool digits(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return false;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

// YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by Thh:mm[:ss[.s]](Z|±hh:mm).
bool is_w3c_date(std::string_view d) {
  if (!digits(d, 0, 4)) return false;
  if (d.size() == 4) return true;
  if (d[4] != '-' || !digits(d, 5, 2)) return false;
  int month = *number(d.substr(5, 2));
  if (month < 1 || month > 12) return false;
  if (d.size() == 7) return true;
  if (d.size() < 10 || d[7] != '-' || !digits(d, 8, 2)) return false;
  int day = *number(d.substr(8, 2));
  if (day < 1 || day > 31) return false;
  if (d.size() == 10) return true;
  if (d[10] != 'T' || !digits(d, 11, 2) || d.size() < 16 || d[13] != ':' || !digits(d, 14, 2)) {
    return false;
  }
  std::size_t i = 16;
  if (i < d.size() && d[i] == ':') {
    if (!digits(d, i + 1, 2)) return false;
    i += 3;
    if (i < d.size() && d[i] == '.') {
      ++i;
      if (!digits(d, i, 1)) return false;
      while (digits(d, i, 1)) ++i;
    }
  }
  std::string_view zone = d.substr(i);
  return zone == "Z" || (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') &&
                         digits(zone, 1, 2) && zone[3] == ':' && digits(zone, 4, 2));
}

std::string two_digits(int value) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "%02d", value);
  return buffer;
}

}  // namespace

std::string book_language(const Metadata& meta, Diagnostics& diagnostics, bool& declared) {
  declared = false;
  const std::string language{trim(meta.language)};
  if (language.empty()) {
    diagnostics.warn(
        "the document does not say which language it is in; the EPUB declares English "
        "(\"en\"). Set it with -M lang=TAG, e.g. -M lang=fr");
    return "en";
  }
  if (!is_language_tag(language)) {
    diagnostics.warn("'" + language +
                     "' is not a language tag; the EPUB declares English (\"en\"). Set it with "
                     "-M lang=TAG, e.g. -M lang=en-GB");
    return "en";
  }
  declared = true;
  return language;
}

std::optional<std::string> w3c_date(std::string_view date) {
  while (!date.empty() && date.front() == ' ') date.remove_prefix(1);
  while (!date.empty() && date.back() == ' ') date.remove_suffix(1);
  if (date.empty()) return std::nullopt;
  if (is_w3c_date(date)) return std::string(date);

  std::vector<std::string_view> words = words_of(date);
  std::optional<int> year, month, day;
  for (std::string_view word : words) {
    if (auto m = month_number(word); m && !month) {
      month = m;
    } else if (std::size_t end = std::min(word.find_first_not_of("0123456789"), word.size());
               end > 0) {
      std::optional<int> n = number(word.substr(0, end));
      std::string_view suffix = word.substr(end);
      bool ordinal =
          suffix.empty() || suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
      if (!n || !ordinal) return std::nullopt;
      if (word.size() == 4 && suffix.empty() && !year) {
        year = n;
      } else if (*n >= 1 && *n <= 31 && !day) {
        day = n;
      } else {
        return std::nullopt;
      }
    } else {
      return std::nullopt;
    }
  }
  if (!year || !month) return std::nullopt;
  std::string out = std::to_string(*year) + "-" + two_digits(*month);
  if (day) out += "-" + two_digits(*day);
  return out;
}

std::int64_t build_timestamp() {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    std::string_view text(epoch);
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0) {
      throw Error(ErrorKind::usage,
                  "SOURCE_DATE_EPOCH must be a whole number of seconds since "
                  "1970-01-01, not '" +
                      std::string(text) + "'");
    }
    // dcterms:modified has four digits for the year.
    constexpr std::int64_t kLastSecondOf9999 = 253'402'300'799;
    if (value > kLastSecondOf9999) {
      throw Error(ErrorKind::usage, "SOURCE_DATE_EPOCH=" + std::string(text) +
                                        " is after 9999-12-31T23:59:59Z, the last moment an "
                                        "EPUB's modification date can name");
    }
    return value;
  }
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string utc_timestamp(std::int64_t unix_time) {
  std::time_t t = static_cast<std::time_t>(unix_time);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buffer;
}

std::string fallback_title(const Metadata& meta) {
  if (!meta.interviewee.name.empty()) return "Interview with " + meta.interviewee.name;
  if (!meta.series.empty()) return meta.series;
  return "Untitled interview";
}

}  // namespace govtech::epub
