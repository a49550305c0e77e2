#include "docbook_info.hpp"

#include "docbook_blocks.hpp"
#include "govtech/text.hpp"
#include "govtech/xml.hpp"

namespace govtech::docbook {

namespace {

// Metadata as it will appear: without the characters XML forbids and surrounding space, so
// that a field holding nothing else counts as absent.
std::string clean(const std::string& text) {
  return std::string(trim(xml_safe(text)));
}

bool blank(const std::string& text) {
  return is_blank(clean(text));
}

void add_if_present(pugi::xml_node parent, const char* name, const std::string& text) {
  if (!blank(text)) add_text_element(parent, name, clean(text));
}

// The interviewee, credited as "other" with class "interviewee": a person with a name, else
// (no name, but an organisation) the organisation itself.
void render_interviewee(pugi::xml_node info, const Person& person) {
  if (blank(person.name) && blank(person.role) && blank(person.unit) &&
      blank(person.organisation) && blank(person.country)) {
    return;
  }
  pugi::xml_node credit = add_element(info, "othercredit");
  set_attribute(credit, "class", "other");
  set_attribute(credit, "otherclass", "interviewee");

  const bool as_person = !blank(person.name) || blank(person.organisation);
  if (as_person) {
    add_text_element(credit, "personname", clean(person.name));
    const bool affiliated = !blank(person.role) || !blank(person.organisation) ||
                            !blank(person.unit) || !blank(person.country);
    if (!affiliated) return;
    pugi::xml_node affiliation = add_element(credit, "affiliation");
    add_if_present(affiliation, "jobtitle", person.role);
    add_if_present(affiliation, "orgname", person.organisation);
    add_if_present(affiliation, "orgdiv", person.unit);
    if (!blank(person.country)) {
      add_text_element(add_element(affiliation, "address"), "country", clean(person.country));
    }
    return;
  }
  add_text_element(credit, "orgname", clean(person.organisation));
  add_if_present(credit, "orgdiv", person.unit);
  if (!blank(person.role)) {
    add_text_element(add_element(credit, "affiliation"), "jobtitle", clean(person.role));
  }
  if (!blank(person.country)) {
    add_text_element(add_element(credit, "address"), "country", clean(person.country));
  }
}

// Prose metadata (a description, a rights statement) as one paragraph inside `wrapper`.
void add_prose(pugi::xml_node info, const char* wrapper, const std::string& text) {
  if (blank(text)) return;
  add_text_element(add_element(info, wrapper), "para", clean(text));
}

}  // namespace

void render_info(pugi::xml_node parent, const Metadata& meta, TitleRule rule, RenderState& state) {
  pugi::xml_node info = add_element(parent, "info");
  if (!blank(meta.title)) {
    add_text_element(info, "title", clean(meta.title));
  } else if (rule == TitleRule::required) {
    add_element(info, "title");
    state.diagnostics.warn(
        "the document has no title; DocBook requires one, so it is left empty "
        "(set one with -M title=...)");
  }
  add_if_present(info, "subtitle", meta.subtitle);

  for (const std::string& author : meta.authors) {
    if (!blank(author)) add_text_element(add_element(info, "author"), "personname", clean(author));
  }
  render_interviewee(info, meta.interviewee);

  if (!blank(meta.series)) {
    pugi::xml_node series = add_element(info, "biblioset");
    set_attribute(series, "relation", "series");
    add_text_element(series, "title", clean(meta.series));
  }
  add_if_present(info, "pubdate", meta.date);
  add_if_present(info, "biblioid", meta.identifier);
  add_prose(info, "abstract", meta.description);

  bool has_keywords = false;
  for (const std::string& keyword : meta.keywords) has_keywords = has_keywords || !blank(keyword);
  if (has_keywords) {
    pugi::xml_node set = add_element(info, "keywordset");
    for (const std::string& keyword : meta.keywords) add_if_present(set, "keyword", keyword);
  }
  add_prose(info, "legalnotice", meta.rights);

  // Other metadata keys are kept, untyped, under their own names.
  for (const auto& [key, value] : meta.extra) {
    if (blank(value)) continue;
    pugi::xml_node misc = add_text_element(info, "bibliomisc", clean(value));
    set_attribute(misc, "role", key);
  }

  if (!has_element_child(info)) parent.remove_child(info);
}

}  // namespace govtech::docbook
