// The parsed page: Gumbo's tree, and small helpers to read it.
//
// Gumbo allocates through callbacks; here they take memory from an arena that the page frees
// in one go. Gumbo's own destructor walks the tree recursively, which a page nested 100 000
// deep would turn into a stack overflow; the arena never needs it.
#pragma once

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>
#include "govtech/text.hpp"

namespace html_reader {

using govtech::ascii_lower;  // tag and attribute names are ASCII

class Page {
 public:
  explicit Page(std::string_view html);
  ~Page();
  Page(const Page&) = delete;
  Page& operator=(const Page&) = delete;

  const GumboNode* document() const { return output_->document; }
  const GumboNode* root() const { return output_->root; }

  struct Arena;

 private:
  std::unique_ptr<Arena> arena_;
  GumboOutput* output_ = nullptr;
};

// The page without the tags nested deeper than `limit`, their text kept where it stands:
// Gumbo's tree construction takes time quadratic in the nesting depth (it scans the stack of
// open elements at each tag), 75 s for 100 000 nested <div>. The depth is counted from the
// tags without parsing: elements whose end tag may be left out (p, li, td, ...), void ones
// and those whose content is text (script, style, ...) count for nothing; an end tag closes
// the deepest element whatever its name; "<div/>" opens a <div>, as in HTML, but closes
// itself inside <svg> and <math>. So a well-formed page loses exactly its elements below
// `limit`, and a page that nests no deeper than `limit` is parsed as it is.
struct DeepTags {
  std::size_t depth = 0;    // the deepest the page's tags nest, counted so
  std::size_t removed = 0;  // start and end tags left out
  std::string html;         // the page without them, when removed > 0
};
DeepTags without_deep_tags(std::string_view html, std::size_t limit);

bool is_element(const GumboNode* node);
// The element's tag name in lower case, also for elements Gumbo does not know ("o:p").
std::string tag_name(const GumboNode* node);
bool has_tag(const GumboNode* node, GumboTag tag);
// The attribute's value, or null when the element has none.
const char* attribute(const GumboNode* node, const char* name);
std::string attribute_or(const GumboNode* node, const char* name, std::string_view fallback = {});
// The class and id attributes, lower case, separated by spaces.
std::string class_and_id(const GumboNode* node);
// Whether a space-separated attribute list holds `token` (case-insensitive).
bool has_token(const GumboNode* node, const char* name, std::string_view token);

// The text of a subtree, in document order, without recursion.
std::string text_content(const GumboNode* node);

const GumboVector* children(const GumboNode* node);
inline const GumboNode* child(const GumboVector* kids, unsigned i) {
  return static_cast<const GumboNode*>(kids->data[i]);
}

// An integer attribute (colspan, start) within [low, high], or `fallback` when it is absent
// or not a number.
int number_attribute(const GumboNode* node, const char* name, int fallback, int low, int high);

inline bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

}  // namespace html_reader
