#include "govtech/phrases.hpp"

#include <algorithm>
#include <string>

#include "govtech/text.hpp"

namespace govtech {

namespace {

#include "phrases_table.inc"

std::string lower_tag(std::string_view tag) {
  std::string key;
  for (char c : tag) {
    if (c == '_') c = '-';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    key.push_back(c);
  }
  while (!key.empty() && (key.back() == ' ' || key.back() == '-')) key.pop_back();
  key.erase(0, key.find_first_not_of(' '));
  return key;
}

const Phrases* find_row(std::string_view key) {
  const auto* end = std::end(kPhraseRows);
  const auto* it =
      std::lower_bound(std::begin(kPhraseRows), end, key,
                       [](const Phrases& r, std::string_view k) { return r.language < k; });
  return it != end && it->language == key ? it : nullptr;
}

bool contains(const std::string_view* begin, const std::string_view* end, std::string_view key) {
  return std::binary_search(begin, end, key);
}

}  // namespace

const Phrases& phrases_for(std::string_view bcp47) {
  for (std::string key = lower_tag(bcp47); !key.empty();) {
    if (const Phrases* row = find_row(key)) return *row;
    const auto dash = key.rfind('-');
    if (dash == std::string::npos) break;
    key.erase(dash);
  }
  return *find_row("en");
}

std::span<const Phrases> all_phrases() {
  return kPhraseRows;
}

QuoteMarks quote_marks(std::string_view language, QuoteKind kind) {
  const Phrases& p = phrases_for(language);
  const bool outer = kind == QuoteKind::double_quote;
  QuoteMarks marks{std::string(outer ? p.quote_start : p.inner_quote_start),
                   std::string(outer ? p.quote_end : p.inner_quote_end)};
  // CLDR gives the marks, not the spacing: French sets a no-break space inside guillemets.
  constexpr std::string_view kNoBreakSpace = "\u00A0";
  if (primary_language(language) == "fr") {
    if (marks.open == "\u00AB" || marks.open == "\u2039") marks.open += kNoBreakSpace;
    if (marks.close == "\u00BB" || marks.close == "\u203A") marks.close.insert(0, kNoBreakSpace);
  }
  return marks;
}

Direction direction_of_language(std::string_view bcp47) {
  const std::string key = lower_tag(bcp47);
  if (key.empty()) return Direction::unspecified;
  // A script subtag is the second subtag of four letters ("az-arab", "zh-hant-tw").
  const auto first = key.find('-');
  if (first != std::string::npos) {
    const auto second = key.find('-', first + 1);
    const std::string_view script = std::string_view(key).substr(
        first + 1, (second == std::string::npos ? key.size() : second) - first - 1);
    if (script.size() == 4 &&
        std::all_of(script.begin(), script.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      return contains(std::begin(kRtlScripts), std::end(kRtlScripts), script) ? Direction::rtl
                                                                              : Direction::ltr;
  }
  const std::string primary = key.substr(0, first);
  if (const Phrases* row = find_row(primary)) return row->direction;
  return contains(std::begin(kRtlLanguages), std::end(kRtlLanguages), primary) ? Direction::rtl
                                                                               : Direction::ltr;
}

Direction document_direction(const Metadata& meta) {
  if (meta.direction != Direction::unspecified) return meta.direction;
  const Direction d = direction_of_language(meta.language);
  return d == Direction::unspecified ? Direction::ltr : d;
}

std::string_view direction_name(Direction direction) {
  switch (direction) {
    case Direction::ltr:
      return "ltr";
    case Direction::rtl:
      return "rtl";
    case Direction::unspecified:
      break;
  }
  return "";
}

std::string_view root_dir(Direction direction, std::string_view language) {
  const Direction own = direction_of_language(language);
  const Direction dir = direction == Direction::unspecified ? own : direction;
  return dir == Direction::rtl || own == Direction::rtl ? direction_name(dir) : "";
}

std::string primary_language(std::string_view bcp47) {
  return ascii_lower(bcp47.substr(0, bcp47.find_first_of("-_")));
}

bool same_primary_language(std::string_view a, std::string_view b) {
  a = a.substr(0, a.find_first_of("-_"));
  b = b.substr(0, b.find_first_of("-_"));
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; };
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [&](char x, char y) { return lower(x) == lower(y); });
}

}  // namespace govtech
