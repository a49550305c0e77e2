// Stable ids and the heading outline of a document.
#include "govtech/outline.hpp"

#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

namespace govtech {

std::vector<std::string> question_ids(const Document& doc, IdSet& used) {
  used.insert("toc");
  used.insert("toc-title");
  std::vector<std::string> ids;
  ids.reserve(doc.entries.size());
  for (const QandA& entry : doc.entries) {
    ids.push_back(unique_id(plain_text(entry.question), used, "question"));
  }
  return ids;
}

std::vector<std::string> question_ids(const Document& doc) {
  IdSet used;
  return question_ids(doc, used);
}

namespace {

template <class IdOf>
std::vector<HeadingOutline> outline_of(const Blocks& blocks, int max_level, IdOf id_of) {
  std::vector<HeadingOutline> top;
  // The open headings, outermost first, with their levels: a new heading closes those of
  // its own level or below and becomes a child of the innermost one left.
  std::vector<std::pair<int, std::vector<HeadingOutline>*>> open;
  for (const Block& block : blocks) {
    const Heading* h = block.as<Heading>();
    if (!h || h->level > max_level) continue;
    while (!open.empty() && open.back().first >= h->level) open.pop_back();
    std::vector<HeadingOutline>& into = open.empty() ? top : *open.back().second;
    std::string text = collapse_spaces(plain_text(h->content));
    std::string id = id_of(*h, text);
    into.push_back({.heading = h, .text = std::move(text), .id = std::move(id)});
    open.emplace_back(h->level, &into.back().children);
  }
  return top;
}

template <class IdOf>
std::vector<HeadingOutline> outline_of(const Document& doc, int max_level, IdOf id_of) {
  std::vector<HeadingOutline> outline = outline_of(doc.intro, max_level, id_of);
  for (HeadingOutline& more : outline_of(doc.trailing, max_level, id_of)) {
    outline.push_back(std::move(more));
  }
  return outline;
}

}  // namespace

std::vector<HeadingOutline> heading_outline(const Blocks& blocks, IdSet& used, int max_level) {
  return outline_of(blocks, max_level, [&used](const Heading&, const std::string& text) {
    return unique_id(text, used, "section");
  });
}

std::vector<HeadingOutline> heading_outline(const Document& doc, IdSet& used, int max_level) {
  return outline_of(doc, max_level, [&used](const Heading&, const std::string& text) {
    return unique_id(text, used, "section");
  });
}

std::vector<HeadingOutline> heading_outline(const Document& doc, const LinkTargets& targets,
                                            int max_level) {
  return outline_of(doc, max_level, [&targets](const Heading& h, const std::string&) {
    return std::string(targets.id_of(&h));
  });
}

int top_heading_level(std::span<const Block> blocks) {
  int top = 0;
  for (const Block& block : blocks) {
    if (const Heading* h = block.as<Heading>(); h && (top == 0 || h->level < top)) top = h->level;
  }
  return top;
}

std::function<std::string(const Heading&)> heading_ids(const std::vector<HeadingOutline>& outline) {
  auto ids = std::make_shared<std::unordered_map<const Heading*, std::string>>();
  std::vector<const std::vector<HeadingOutline>*> work{&outline};
  while (!work.empty()) {
    const std::vector<HeadingOutline>* list = work.back();
    work.pop_back();
    for (const HeadingOutline& entry : *list) {
      ids->emplace(entry.heading, entry.id);
      work.push_back(&entry.children);
    }
  }
  return [ids](const Heading& h) {
    auto found = ids->find(&h);
    return found == ids->end() ? std::string() : found->second;
  };
}

}  // namespace govtech
