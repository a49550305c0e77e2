#include "notes.hpp"

#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "dom.hpp"
#include "govtech/text.hpp"

namespace html_reader {

namespace {

const GumboNode* parent_of(const GumboNode* node) {
  const GumboNode* up = node->parent;
  return is_element(up) ? up : nullptr;
}

// The style attribute in lower case without spaces, as Word writes it in either form.
std::string squeezed_style(const GumboNode* node) {
  std::string out;
  for (char c : govtech::ascii_lower(attribute_or(node, "style"))) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out.push_back(c);
  }
  return out;
}

bool class_token_holds(const GumboNode* node, std::string_view part) {
  const std::string classes = govtech::ascii_lower(attribute_or(node, "class"));
  std::size_t at = 0;
  while (at < classes.size()) {
    std::size_t end = classes.find_first_of(" \t\n\r\f", at);
    if (end == std::string::npos) end = classes.size();
    if (std::string_view(classes).substr(at, end - at).find(part) != std::string_view::npos)
      return true;
    at = end + 1;
  }
  return false;
}

// A container of notes, or a note marked as one: either way what it holds is kept apart.
bool marked_as_notes(const GumboNode* node) {
  if (!is_element(node)) return false;
  for (const char* role : {"doc-endnotes", "doc-footnotes", "doc-footnote", "doc-endnote"}) {
    if (has_token(node, "role", role)) return true;
  }
  for (const char* type : {"footnotes", "endnotes", "rearnotes", "footnote", "endnote"}) {
    if (has_token(node, "epub:type", type)) return true;
  }
  if (has_token(node, "class", "notes") || class_token_holds(node, "footnote") ||
      class_token_holds(node, "endnote"))
    return true;
  const std::string style = squeezed_style(node);
  return style.find("mso-element:footnote") != std::string::npos ||
         style.find("mso-element:endnote") != std::string::npos;
}

bool digits_after(std::string_view text, std::string_view prefix) {
  if (!text.starts_with(prefix) || text.size() == prefix.size()) return false;
  for (char c : text.substr(prefix.size())) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Word's "#_ftn1" and "#_edn1", Google Docs' "#ftnt1": the targets, never the way back.
bool export_pattern(std::string_view fragment) {
  return digits_after(fragment, "_ftn") || digits_after(fragment, "_edn") ||
         digits_after(fragment, "ftnt");
}

// The only element inside `node`, white space aside, or null.
const GumboNode* sole_element(const GumboNode* node) {
  const GumboNode* found = nullptr;
  const GumboVector* kids = children(node);
  for (unsigned i = 0; kids && i < kids->length; ++i) {
    const GumboNode* kid = child(kids, i);
    if (kid->type == GUMBO_NODE_WHITESPACE || kid->type == GUMBO_NODE_COMMENT) continue;
    if (!is_element(kid) || found) return nullptr;
    found = kid;
  }
  return found;
}

// A <sup>, or a <span> CSS raises (Google Docs' `.c5{vertical-align:super}`).
bool is_raised(const GumboNode* node, const ClassStyles& styles) {
  if (has_tag(node, GUMBO_TAG_SUP)) return true;
  return has_tag(node, GUMBO_TAG_SPAN) && styles.of(node).script() == Script::super;
}

bool looks_like_reference(const GumboNode* a, std::string_view fragment,
                          const ClassStyles& styles) {
  if (has_token(a, "role", "doc-noteref") || has_token(a, "epub:type", "noteref")) return true;
  const std::string style = squeezed_style(a);
  if (style.find("mso-footnote-id") != std::string::npos ||
      style.find("mso-endnote-id") != std::string::npos || export_pattern(fragment))
    return true;
  if (is_raised(parent_of(a), styles) || is_raised(sole_element(a), styles)) return true;
  return class_token_holds(a, "footnote-ref") || class_token_holds(a, "noteref") ||
         class_token_holds(a, "fnref");
}

bool is_note_block(const GumboNode* node) {
  for (GumboTag tag : {GUMBO_TAG_LI, GUMBO_TAG_ASIDE, GUMBO_TAG_DIV, GUMBO_TAG_P, GUMBO_TAG_SECTION,
                       GUMBO_TAG_DD}) {
    if (has_tag(node, tag)) return true;
  }
  return false;
}

bool is_ancestor(const GumboNode* above, const GumboNode* node) {
  for (const GumboNode* n = node; n; n = parent_of(n)) {
    if (n == above) return true;
  }
  return false;
}

bool is_page_frame(const GumboNode* node) {
  for (GumboTag tag : {GUMBO_TAG_BODY, GUMBO_TAG_HTML, GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN}) {
    if (has_tag(node, tag)) return true;
  }
  return false;
}

// Whether a container has anything left once its notes are out: headings ("Notes") and
// rules do not count.
bool only_notes_left(const GumboNode* container,
                     const std::unordered_set<const GumboNode*>& removed) {
  std::vector<const GumboNode*> work{container};
  while (!work.empty()) {
    const GumboNode* n = work.back();
    work.pop_back();
    if (n != container && removed.count(n)) continue;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
      if (!govtech::is_blank(n->v.text.text)) return false;
      continue;
    }
    if (!is_element(n)) continue;
    const GumboTag tag = n->v.element.tag;
    if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6) continue;
    const GumboVector* kids = children(n);
    for (unsigned i = 0; kids && i < kids->length; ++i) work.push_back(child(kids, i));
  }
  return true;
}

}  // namespace

PageNotes find_notes(const GumboNode* root, const ClassStyles& styles) {
  constexpr std::size_t kMaxNotes = 5000;
  PageNotes out;
  // Every id (and the name of an <a>, as Word marks its notes), and every link to a fragment.
  std::unordered_map<std::string, const GumboNode*> ids;
  std::vector<const GumboNode*> anchors;
  // Elements inside notes, found on the way down: asking each target's ancestors would cost
  // the page's depth per link.
  std::unordered_set<const GumboNode*> in_notes;
  std::vector<std::pair<const GumboNode*, bool>> work{{root, false}};
  while (!work.empty()) {
    const auto [n, inherited] = work.back();
    work.pop_back();
    if (!is_element(n)) continue;
    const bool inside = inherited || marked_as_notes(n);
    if (inside) in_notes.insert(n);
    if (const char* id = attribute(n, "id"); id && *id) ids.emplace(id, n);
    if (has_tag(n, GUMBO_TAG_A)) {
      if (const char* name = attribute(n, "name"); name && *name) ids.emplace(name, n);
      if (const char* href = attribute(n, "href"); href && href[0] == '#' && href[1])
        anchors.push_back(n);
    }
    const GumboVector* kids = children(n);
    for (unsigned i = kids->length; i > 0; --i) work.emplace_back(child(kids, i - 1), inside);
  }

  struct Found {
    const GumboNode* reference;
    const GumboNode* target;  // the element the fragment names
  };
  std::vector<Found> found;
  std::unordered_map<const GumboNode*, int> targets_below;  // per element, for the climb below
  for (const GumboNode* a : anchors) {
    const std::string_view fragment = attribute(a, "href") + 1;
    if (!looks_like_reference(a, fragment, styles)) continue;
    auto target = ids.find(std::string(fragment));
    if (target == ids.end() || is_ancestor(target->second, a)) continue;
    if (!in_notes.count(target->second) && !export_pattern(fragment)) continue;
    // Each costs the page's depth below: a hostile page's thousands stop here.
    if (found.size() >= kMaxNotes) break;
    found.push_back({a, target->second});
    for (const GumboNode* n = target->second; n; n = parent_of(n)) ++targets_below[n];
  }

  std::unordered_set<const GumboNode*> used, removed;
  for (const Found& f : found) {
    // A target inside a note's text (Word's and Google's numbered anchor) names the note
    // around it: its block, or the wrapper holding that note alone.
    const GumboNode* note = f.target;
    if (!is_note_block(note)) {
      while (note && !is_note_block(note)) note = parent_of(note);
      for (int climbed = 0; note && climbed < 3; ++climbed) {
        const GumboNode* up = parent_of(note);
        if (!up || !is_note_block(up) || is_page_frame(up) || targets_below[up] != 1 ||
            is_ancestor(up, f.reference) || has_token(up, "role", "doc-endnotes") ||
            squeezed_style(up).find("-list") != std::string::npos ||
            (has_tag(note, GUMBO_TAG_DIV) && !has_tag(up, GUMBO_TAG_DIV)))
          break;
        note = up;
      }
    }
    if (!note || used.count(note) || is_ancestor(note, f.reference)) continue;
    used.insert(note);
    const GumboNode* at = f.reference;
    if (const GumboNode* up = parent_of(at); is_raised(up, styles) && sole_element(up) == at)
      at = up;
    out.note_at.emplace(at, note);
    removed.insert(note);

    // The way back to the reference: by role or class, by its target, or the anchor itself.
    std::unordered_set<std::string> back_to;
    for (const GumboNode* n : {f.reference, at}) {
      for (const char* name : {"id", "name"}) {
        if (const char* value = attribute(n, name); value && *value)
          back_to.insert(std::string("#") + value);
      }
    }
    std::vector<const GumboNode*> inside{note};
    while (!inside.empty()) {
      const GumboNode* n = inside.back();
      inside.pop_back();
      if (!is_element(n)) continue;
      if (has_tag(n, GUMBO_TAG_A) && n != note &&
          (n == f.target || has_token(n, "role", "doc-backlink") || class_token_holds(n, "back") ||
           back_to.count(attribute_or(n, "href")))) {
        out.removed.push_back(n);
        continue;
      }
      const GumboVector* kids = children(n);
      for (unsigned i = 0; kids && i < kids->length; ++i) inside.push_back(child(kids, i));
    }
  }

  // Containers left empty go too; so does the rule a Google Docs export draws above its notes.
  std::unordered_set<const GumboNode*> containers;
  for (const GumboNode* note : used) {
    const GumboNode* up = parent_of(note);
    while (up && !marked_as_notes(up)) up = parent_of(up);
    if (up && !is_page_frame(up)) {
      containers.insert(up);
      continue;
    }
    const GumboNode* parent = parent_of(note);
    if (!parent) continue;
    const GumboVector* kids = children(parent);
    for (unsigned i = note->index_within_parent; i > 0; --i) {
      const GumboNode* before = child(kids, i - 1);
      if (before->type == GUMBO_NODE_WHITESPACE || before->type == GUMBO_NODE_COMMENT) continue;
      if (has_tag(before, GUMBO_TAG_HR)) removed.insert(before);
      break;
    }
  }
  for (const GumboNode* container : containers) {
    if (only_notes_left(container, removed)) removed.insert(container);
  }
  out.removed.insert(out.removed.end(), removed.begin(), removed.end());
  return out;
}

}  // namespace html_reader
