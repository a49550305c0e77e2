#include "govtech/ast.hpp"

#include <algorithm>

#include "govtech/text.hpp"
#include "govtech/walk.hpp"

namespace govtech {
namespace {

std::vector<std::string> split_list(const std::string& value) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t comma = value.find(',', start);
    if (comma == std::string::npos) comma = value.size();
    std::string item(trim(std::string_view(value).substr(start, comma - start)));
    if (!item.empty()) items.push_back(std::move(item));
    start = comma + 1;
  }
  return items;
}

}  // namespace

void apply_metadata_overrides(Metadata& meta,
                              const std::vector<std::pair<std::string, std::string>>& overrides) {
  bool byline_replaced = false;
  for (const auto& [key, value] : overrides) {
    if (key == "title") {
      meta.title = value;
    } else if (key == "subtitle") {
      meta.subtitle = value;
    } else if (key == "author") {
      if (!byline_replaced) meta.authors.clear();
      byline_replaced = true;
      meta.authors.push_back(value);
    } else if (key == "interviewee" || key == "interviewee.name") {
      meta.interviewee.name = value;
    } else if (key == "interviewee.role") {
      meta.interviewee.role = value;
    } else if (key == "interviewee.unit") {
      meta.interviewee.unit = value;
    } else if (key == "interviewee.organisation" || key == "interviewee.organization") {
      meta.interviewee.organisation = value;
    } else if (key == "interviewee.country") {
      meta.interviewee.country = value;
    } else if (key == "series") {
      meta.series = value;
    } else if (key == "date") {
      meta.date = value;
    } else if (key == "lang" || key == "language") {
      meta.language = value;
    } else if (key == "dir" && (value == "rtl" || value == "ltr" || value == "auto")) {
      // "auto" hands the direction back to the language.
      meta.direction = value == "rtl"   ? Direction::rtl
                       : value == "ltr" ? Direction::ltr
                                        : Direction::unspecified;
    } else if (key == "description") {
      meta.description = value;
    } else if (key == "identifier") {
      meta.identifier = value;
    } else if (key == "keywords") {
      meta.keywords = split_list(value);
    } else if (key == "rights") {
      meta.rights = value;
    } else {
      auto same = [&name = key](const auto& kv) { return kv.first == name; };
      auto found = std::find_if(meta.extra.begin(), meta.extra.end(), same);
      if (found != meta.extra.end()) {
        found->second = value;
      } else {
        meta.extra.emplace_back(key, value);
      }
    }
  }
}

std::string collection_language(const Collection& books) {
  if (!trim(books.meta.language).empty()) return books.meta.language;
  std::vector<std::pair<std::string, int>> counts;  // in first-seen order, for ties
  for (const Document& doc : books.documents) {
    const std::string language(trim(doc.meta.language));
    if (language.empty()) continue;
    auto same = [&](const auto& c) { return c.first == language; };
    if (auto it = std::find_if(counts.begin(), counts.end(), same); it != counts.end()) {
      ++it->second;
    } else {
      counts.emplace_back(language, 1);
    }
  }
  const auto most =
      std::max_element(counts.begin(), counts.end(),
                       [](const auto& a, const auto& b) { return a.second < b.second; });
  return most == counts.end() ? std::string{} : most->first;
}

std::string plain_text(const Inlines& inlines) {
  struct Collector : Visitor {
    std::string out;
    int in_note = 0;  // a note's text is not part of the text that references it
    void leave(const Inline& node) override {
      if (node.kind() == InlineKind::note) --in_note;
      if (const Quoted* quoted = node.as<Quoted>(); quoted && !in_note) out += closing(*quoted);
    }
    // Plain text has no language to take quotation marks from: the English ones stand in.
    static std::string_view opening(const Quoted& q) {
      return q.kind == QuoteKind::double_quote ? "\u201C" : "\u2018";
    }
    static std::string_view closing(const Quoted& q) {
      return q.kind == QuoteKind::double_quote ? "\u201D" : "\u2019";
    }
    void enter(const Inline& node) override {
      if (node.kind() == InlineKind::note) ++in_note;
      if (in_note) return;
      switch (node.kind()) {
        case InlineKind::text:
          out += node.as<Text>()->text;
          break;
        case InlineKind::code:
          out += node.as<Code>()->text;
          break;
        case InlineKind::soft_break:
        case InlineKind::hard_break:
          out += ' ';
          break;
        case InlineKind::quoted:
          out += opening(*node.as<Quoted>());
          break;
        default:
          break;
      }
    }
  } collector;
  walk(inlines, collector);
  return std::move(collector.out);
}

const Inlines* wholly_strong(const Paragraph& paragraph) {
  const Inline* only = nullptr;
  for (const Inline& node : paragraph.content) {
    const Text* text = node.as<Text>();
    if (text && is_blank(text->text)) continue;
    if (node.kind() == InlineKind::soft_break || node.kind() == InlineKind::hard_break) continue;
    if (only) return nullptr;
    only = &node;
  }
  if (!only || !only->as<Strong>()) return nullptr;
  return &only->as<Strong>()->children;
}

const DocumentResource* find_resource(const Document& doc, std::string_view name) {
  for (const DocumentResource& resource : doc.resources) {
    if (resource.name == name) return &resource;
  }
  return nullptr;
}

}  // namespace govtech
