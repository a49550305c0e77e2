#include "attributes.hpp"

#include <string>
#include <string_view>

#include "dom.hpp"
#include "govtech/phrases.hpp"
#include "govtech/text.hpp"

namespace html_reader {

using namespace govtech;

namespace {

// lang, or xml:lang in XHTML; Word's "x-none" says no language at all.
std::string stated_language(const GumboNode* node) {
  const char* value = attribute(node, "lang");
  if (!value) value = attribute(node, "xml:lang");
  if (!value) return {};
  std::string lang(trim(value));
  if (ascii_lower(lang).starts_with("x-none")) return {};
  return lang;
}

Direction stated_direction(const GumboNode* node) {
  const std::string dir = ascii_lower(trim(attribute_or(node, "dir")));
  return dir == "rtl" ? Direction::rtl : dir == "ltr" ? Direction::ltr : Direction::unspecified;
}

}  // namespace

Attributes changed_attributes(const GumboNode* element, const PageInfo& page, bool block) {
  Attributes out;
  const std::string lang = stated_language(element);
  const Direction dir = stated_direction(element);
  if (lang.empty() && dir == Direction::unspecified) return out;
  std::string inherited_lang;
  Direction inherited_dir = Direction::unspecified;
  for (const GumboNode* up = element->parent; is_element(up); up = up->parent) {
    if (inherited_lang.empty()) inherited_lang = stated_language(up);
    if (inherited_dir == Direction::unspecified) inherited_dir = stated_direction(up);
  }
  if (inherited_lang.empty()) inherited_lang = page.meta.language;
  if (inherited_dir == Direction::unspecified) inherited_dir = Direction::ltr;
  // Only the first subtag counts ("en-GB" inside "en-US"), so that Word's regional marks on
  // every run do not each become a span.
  if (!lang.empty() && !govtech::same_primary_language(lang, inherited_lang) &&
      !(block && inherited_lang.empty()))
    out.language = lang;
  if (dir != Direction::unspecified && dir != inherited_dir) out.direction = dir;
  if (out.language.empty() && out.direction == Direction::unspecified) return out;
  out.id = attribute_or(element, "id");
  const std::string classes = attribute_or(element, "class");
  if (page.google_docs || classes.find("Mso") != std::string::npos) return out;
  std::size_t at = 0;
  while (at < classes.size()) {
    std::size_t end = classes.find_first_of(" \t\n\r\f", at);
    if (end == std::string::npos) end = classes.size();
    if (end > at) out.classes.emplace_back(classes.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

}  // namespace html_reader
