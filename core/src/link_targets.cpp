// The ids and link targets of a document.
#include "govtech/link_targets.hpp"

#include <set>
#include <utility>

#include "govtech/outline.hpp"
#include "govtech/walk.hpp"

namespace govtech {

namespace {

// An element that may carry an id, in document order.
struct Candidate {
  const void* node = nullptr;
  std::string given_id{};      // the author's
  std::string heading_text{};  // for a heading without one: what its id is made from
  bool heading = false;
  TargetPlace place{};
};

// The candidates, and the fragments the document's links name.
class CandidateFinder final : public Visitor {
 public:
  CandidateFinder(std::vector<Candidate>& found, std::set<std::string, std::less<>>& fragments)
      : found_(found), fragments_(fragments) {}

  void visit(const Blocks& blocks, TargetPlace::Area area) {
    place_ = {.area = area, .index = 0};
    top_ = 0;
    walk(blocks, *this);
  }
  void visit(const QandA& entry, std::size_t index) {
    place_ = {.area = TargetPlace::Area::entry, .index = index};
    depth_ = 1;  // its blocks are all inside the entry
    walk(entry.question, *this);
    walk(entry.answer, *this);
    depth_ = 0;
  }

  void enter(const Block& block) override {
    if (depth_++ == 0) place_.index = top_++;
    if (const auto* h = block.as<Heading>()) {
      add(h, h->attributes->id, true, collapse_spaces(plain_text(h->content)));
    } else if (const auto* d = block.as<Division>()) {
      add(d, d->attributes->id);
    } else if (const auto* f = block.as<Figure>()) {
      add(f, f->attributes->id);
    }
  }
  void leave(const Block&) override { --depth_; }
  void enter(const Inline& node) override {
    if (const auto* s = node.as<Span>()) add(s, s->attributes->id);
    if (const auto* l = node.as<Link>()) {
      if (const auto fragment = internal_fragment(l->url)) fragments_.emplace(*fragment);
    }
  }

 private:
  void add(const void* node, const std::string& id, bool heading = false, std::string text = {}) {
    if (id.empty() && !heading) return;
    found_.push_back({.node = node,
                      .given_id = id,
                      .heading_text = std::move(text),
                      .heading = heading,
                      .place = place_});
  }

  std::vector<Candidate>& found_;
  std::set<std::string, std::less<>>& fragments_;
  TargetPlace place_{};
  std::size_t top_ = 0;
  int depth_ = 0;
};

struct Assigned {
  std::vector<std::string> ids;  // one per candidate
  std::vector<std::string> questions;
};

// The authors' ids first, so that a made-up id never takes one an author chose; then the
// questions' and the other headings', from their text.
Assigned assign(const Document& doc, const std::vector<Candidate>& found, IdSet& used) {
  used.insert("toc");
  used.insert("toc-title");
  Assigned out;
  out.ids.resize(found.size());
  for (std::size_t i = 0; i < found.size(); ++i) {
    const std::string& given = found[i].given_id;
    if (given.empty()) continue;
    out.ids[i] = used.insert(given) ? given : unique_id(given, used, "id");
  }
  out.questions = question_ids(doc, used);
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (found[i].given_id.empty()) out.ids[i] = unique_id(found[i].heading_text, used, "section");
  }
  return out;
}

}  // namespace

std::string_view LinkTargets::id_of(const void* node) const {
  const LinkTarget* target = target_of(node);
  return target ? std::string_view(target->id) : std::string_view();
}

const LinkTarget* LinkTargets::target_of(const void* node) const {
  auto found = ids_.find(node);
  return found == ids_.end() ? nullptr : &found->second;
}

const LinkTarget* LinkTargets::find(std::string_view fragment) const {
  auto found = targets_.find(fragment);
  return found == targets_.end() ? nullptr : &found->second;
}

LinkTargets link_targets(const Document& doc, IdSet& used) {
  std::vector<Candidate> found;
  std::set<std::string, std::less<>> fragments;
  CandidateFinder finder(found, fragments);
  finder.visit(doc.intro, TargetPlace::Area::intro);
  for (std::size_t i = 0; i < doc.entries.size(); ++i) finder.visit(doc.entries[i], i);
  finder.visit(doc.trailing, TargetPlace::Area::trailing);

  // The fragments are the ids the document would have alone; the ids given are unique in
  // `used` too. The same steps in the same order make the two line up, and when nothing is
  // in `used` yet (one document alone) they are the same ids.
  const bool alone_already = used.empty();
  Assigned output = assign(doc, found, used);
  IdSet alone;
  const Assigned local = alone_already ? output : assign(doc, found, alone);

  LinkTargets targets;
  for (std::size_t i = 0; i < found.size(); ++i) {
    LinkTarget target{.id = std::move(output.ids[i]),
                      .place = found[i].place,
                      .linked = fragments.contains(local.ids[i])};
    targets.targets_.try_emplace(local.ids[i], target);
    targets.ids_.emplace(found[i].node, std::move(target));
  }
  for (std::size_t i = 0; i < doc.entries.size(); ++i) {
    targets.targets_.try_emplace(local.questions[i],
                                 LinkTarget{.id = output.questions[i],
                                            .place = {.area = TargetPlace::Area::entry, .index = i},
                                            .linked = fragments.contains(local.questions[i])});
  }
  targets.questions_ = std::move(output.questions);
  return targets;
}

LinkTargets link_targets(const Document& doc) {
  IdSet used;
  return link_targets(doc, used);
}

std::optional<std::string_view> internal_fragment(std::string_view url) {
  if (url.size() < 2 || url.front() != '#') return std::nullopt;
  return url.substr(1);
}

std::string missing_target_warning(std::string_view fragment) {
  return "link to '#" + std::string(fragment) +
         "': nothing in the document carries that id; keeping the link's text without the link";
}

}  // namespace govtech
