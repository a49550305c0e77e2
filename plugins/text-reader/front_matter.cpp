#include "front_matter.hpp"

#include "govtech/text.hpp"
#include "header_fields.hpp"

namespace govtech::text_reader {

namespace {

constexpr std::size_t kMaxTitleBytes = 300;
constexpr std::size_t kMaxExtraValueBytes = 200;

// Host:/Guest: values name people; "Host: Welcome to the show." is a speaker's turn instead.
bool names_people(std::string_view value) {
  if (value.empty() || value.size() > 200) return false;
  char last = value.back();
  if (last == '.' || last == '?' || last == '!') return false;
  // Before the first comma, a name is short.
  std::string_view name = value.substr(0, value.find(','));
  int words = 1;
  for (char c : name) words += c == ' ';
  return words <= 6;
}

bool is_known_key_line(const HeaderField& field) {
  Metadata scratch;
  if (!apply_known_field(scratch, field)) return false;
  if (is_host_key(field.key) || is_guest_key(field.key)) return names_people(field.value);
  return true;
}

}  // namespace

bool is_header_line(std::string_view line) {
  if (byline_authors(line)) return true;
  auto field = split_label(line);
  return field && is_known_key_line(*field);
}

FrontMatter read_front_matter(const Page& page, Metadata& meta,
                              const std::function<bool(const SourceLine&)>& is_body) {
  FrontMatter front;
  bool seen_header = false;
  for (std::size_t g = 0; g < page.groups.size(); ++g) {
    const Group& group = page.groups[g];
    for (std::size_t i = 0; i < group.count; ++i) {
      const SourceLine& line = page.line_of(group, i);
      front.body = {g, i};
      if (is_body(line)) return front;
      auto field = split_label(line.text);
      if (field && is_known_key_line(*field)) {
        std::string value = collapse_spaces(field->value);
        if (is_host_key(field->key)) front.hosts.push_back(value.substr(0, value.find(',')));
        if (is_guest_key(field->key)) front.guests.push_back(person_from_fields(value).name);
        apply_known_field(meta, *field);
        seen_header = true;
        continue;
      }
      if (auto authors = byline_authors(line.text)) {
        for (auto& name : *authors) meta.authors.push_back(std::move(name));
        seen_header = true;
        continue;
      }
      if (g == 0 && i == 0 && line.text.size() <= kMaxTitleBytes) {
        bool alone = group.count == 1 || is_header_line(page.line_of(group, 1).text);
        if (alone) {
          meta.title = collapse_spaces(line.text);
          continue;
        }
      }
      // Other keys count as metadata only inside a block that has shown itself to be one.
      if (seen_header && field && !field->value.empty() &&
          field->value.size() <= kMaxExtraValueBytes) {
        meta.extra.emplace_back(collapse_spaces(field->key_as_written),
                                collapse_spaces(field->value));
        continue;
      }
      return front;
    }
  }
  front.body = {page.groups.size(), 0};
  return front;
}

}  // namespace govtech::text_reader
