#include "header_fields.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "govtech/recognise.hpp"
#include "govtech/text.hpp"
#include "spaces.hpp"

namespace govtech::text_reader {

namespace {

std::vector<std::string> split_commas(std::string_view line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t comma = line.find(',', start);
    std::string_view field = trim_spaces(line.substr(start, comma - start));
    if (!field.empty()) fields.push_back(collapse_spaces(field));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return fields;
}

bool starts_with_word(std::string_view line, std::string_view word_lower) {
  if (line.size() <= word_lower.size()) return false;
  return ascii_lower(line.substr(0, word_lower.size())) == word_lower;
}

template <std::size_t N>
bool one_of(std::string_view key, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), key) != names.end();
}

}  // namespace

Person person_from_fields(std::string_view line) {
  return person_from_header_line(line).person;
}

std::vector<std::string> split_names(std::string_view names) {
  std::string text = collapse_spaces(names);
  if (!text.empty() && text.back() == '.') text.pop_back();
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    // The nearest separator: a comma, " and " or " & ".
    std::size_t best = std::string::npos;
    std::size_t skip = 0;
    for (std::string_view sep : {",", " and ", " & "}) {
      std::size_t at = text.find(sep, start);
      if (at < best) {
        best = at;
        skip = sep.size();
      }
    }
    std::string_view name = trim_spaces(std::string_view(text).substr(start, best - start));
    if (starts_with_word(name, "and ")) name = trim_spaces(name.substr(4));
    if (!name.empty()) out.emplace_back(name);
    if (best == std::string::npos) break;
    start = best + skip;
  }
  return out;
}

std::optional<std::vector<std::string>> byline_authors(std::string_view line) {
  auto byline = parse_byline(line);
  if (!byline) return std::nullopt;
  return std::move(byline->authors);
}

std::string series_from_line(std::string_view line) {
  std::string series = collapse_spaces(line);
  if (!series.empty() && series.back() == '.') series.pop_back();
  return series;
}

std::optional<HeaderField> split_label(std::string_view line) {
  // CJK text writes the full-width colon "：", with no space after it.
  constexpr std::string_view kFullWidthColon = "\xEF\xBC\x9A";
  std::size_t colon = line.find(':');
  const std::size_t wide = line.find(kFullWidthColon);
  const bool full_width = wide != std::string_view::npos && wide < colon;
  if (full_width) colon = wide;
  if (colon == 0 || colon == std::string_view::npos || colon > 60) return std::nullopt;
  std::string_view key = line.substr(0, colon);
  // French puts a (no-break) space before the colon: "Animatrice : Camille".
  for (std::string_view space : {" ", "\xC2\xA0", "\xE2\x80\xAF"}) {
    if (key.size() > space.size() && key.ends_with(space)) {
      key.remove_suffix(space.size());
      break;
    }
  }
  // A label is words of letters: no digits (a time, "10:30"), no URL ("https://").
  int words = 1;
  for (std::size_t i = 0; i < key.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(key[i]);
    if (c == ' ') {
      if (i == 0 || key[i - 1] == ' ') return std::nullopt;
      ++words;
    } else if (!(std::isalpha(c) || c >= 0x80 || c == '.' || c == '-' || c == '\'')) {
      return std::nullopt;
    }
  }
  if (words > 4 || key.back() == ' ') return std::nullopt;
  std::string_view after = line.substr(colon + (full_width ? kFullWidthColon.size() : 1));
  if (!full_width && !after.empty() && after[0] != ' ' && after[0] != '\t' &&
      static_cast<unsigned char>(after[0]) != 0xC2) {
    return std::nullopt;  // "word:word" is not a label
  }
  return HeaderField{ascii_lower(key), key, trim_spaces(after)};
}

// The words programmes use for their host and their guest, in the languages we publish in
// (keys are compared lower-cased in ASCII only, so cased scripts list their capitals too).
bool is_host_key(std::string_view key) {
  return one_of<40>(
      key, {"host",          "interviewer",    "moderator",     "presenter",     "animateur",
            "animatrice",    "présentateur",   "présentatrice", "presentador",   "presentadora",
            "entrevistador", "entrevistadora", "apresentador",  "apresentadora", "conduttore",
            "conduttrice",   "moderatorin",    "pembawa acara", "pewawancara",   "ведущий",
            "ведущая",       "Ведущий",        "Ведущая",       "진행",          "진행자",
            "사회",          "司会",           "聞き手",        "主持人",        "主持",
            "المقدم",        "المقدمة",        "المحاور",       "المحاورة",      "מנחה",
            "מראיין",        "מראיינת",        "संचालक",         "एंकर",           "พิธีกร"});
}

bool is_guest_key(std::string_view key) {
  return one_of<31>(
      key, {"guest",        "interviewee",  "invité",    "invitée",   "invitado", "invitada",
            "entrevistado", "entrevistada", "convidado", "convidada", "ospite",   "gast",
            "tamu",         "narasumber",   "гость",     "гостья",    "Гость",    "Гостья",
            "출연",         "게스트",       "ゲスト",    "話し手",    "嘉宾",     "受访者",
            "الضيف",        "الضيفة",       "אורח",      "אורחת",     "अतिथि",    "मेहमान",
            "แขกรับเชิญ"});
}

bool apply_known_field(Metadata& meta, const HeaderField& field) {
  const std::string& key = field.key;
  std::string value = collapse_spaces(field.value);
  if (value.empty()) return false;
  if (key == "title" || key == "headline") {
    meta.title = value;
  } else if (key == "subtitle" || key == "standfirst") {
    meta.subtitle = value;
  } else if (is_guest_key(key) || key == "name") {
    // "Ama Owusu, Director, Digital Service" reads like the published header line.
    Person person = person_from_fields(value);
    Person& p = meta.interviewee;
    p.name = person.name;
    if (!person.role.empty()) p.role = person.role;
    if (!person.unit.empty()) p.unit = person.unit;
    if (!person.organisation.empty()) p.organisation = person.organisation;
    if (!person.country.empty()) p.country = person.country;
  } else if (one_of<3>(key, {"role", "position", "job title"})) {
    meta.interviewee.role = value;
  } else if (one_of<3>(key, {"unit", "department", "division"})) {
    meta.interviewee.unit = value;
  } else if (one_of<4>(key, {"organisation", "organization", "agency", "employer"})) {
    meta.interviewee.organisation = value;
  } else if (key == "country") {
    meta.interviewee.country = value;
  } else if (is_host_key(key)) {
    // "Kofi Mensah, Editor": the name is what comes before the first comma.
    std::string_view names = std::string_view(value).substr(0, value.find(','));
    for (auto& name : split_names(names)) meta.authors.push_back(std::move(name));
  } else if (one_of<3>(key, {"author", "authors", "by"})) {
    for (auto& name : split_names(value)) meta.authors.push_back(std::move(name));
  } else if (key == "date" || key == "published") {
    meta.date = value;
  } else if (key == "series") {
    meta.series = series_from_line(value);
  } else if (key == "language" || key == "lang") {
    meta.language = value;
  } else if ((key == "dir" || key == "direction") && (value == "rtl" || value == "ltr")) {
    meta.direction = value == "rtl" ? Direction::rtl : Direction::ltr;
  } else if (key == "keywords" || key == "tags") {
    for (auto& word : split_commas(value)) meta.keywords.push_back(std::move(word));
  } else if (key == "description" || key == "summary") {
    meta.description = value;
  } else if (key == "rights" || key == "copyright") {
    meta.rights = value;
  } else {
    return false;
  }
  return true;
}

}  // namespace govtech::text_reader
