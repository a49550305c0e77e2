// Small helpers over WordprocessingML as pugixml gives it: element names under the prefixes a
// part declares (transitional and strict OOXML use different namespace URIs, producers pick
// their own prefixes), on/off properties, and a walk over a subtree that does not recurse, so
// that a hostile document's nesting cannot exhaust the stack.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace govtech::docx {

// The prefixes, colon included ("w:"; "" for a default namespace), that a part's root element
// declares for the namespaces the reader looks at. Undeclared ones keep the usual prefix.
struct Names {
  std::string w = "w:";    // WordprocessingML main
  std::string r = "r:";    // relationships
  std::string wp = "wp:";  // drawing placement (docPr)
  std::string a = "a:";    // DrawingML (blip)
  std::string v = "v:";    // VML (legacy pictures)
  std::string mc = "mc:";  // markup compatibility (AlternateContent)
  std::string m = "m:";    // Office Math
  std::string dc = "dc:";  // Dublin Core (core properties)
  std::string cp = "cp:";  // core properties
  std::string dcterms = "dcterms:";
};
Names names_of(pugi::xml_node root);

// Whether `node` is the element `local` under `prefix`. Compared in place, without measuring
// the name first: the reader asks this of nearly every element, several times over.
inline bool is(pugi::xml_node node, const std::string& prefix, std::string_view local) {
  const char* name = node.name();
  for (char c : prefix) {
    if (*name++ != c) return false;
  }
  for (char c : local) {
    if (*name++ != c) return false;
  }
  return *name == '\0';
}

// The element's name past `prefix` ("r" of "w:r"), or null when it is not under `prefix`.
// With same_name() below, the reader's dispatch on the element it meets: no strlen, no call.
inline const char* name_under(pugi::xml_node node, const std::string& prefix) {
  const char* name = node.name();
  for (char c : prefix) {
    if (*name++ != c) return nullptr;
  }
  return name;
}

// Whether the name `name` (as name_under gives it) is the string literal `literal`.
template <std::size_t N>
inline bool same_name(const char* name, const char (&literal)[N]) {
  for (std::size_t i = 0; i + 1 < N; ++i) {
    if (name[i] != literal[i]) return false;
  }
  return name[N - 1] == '\0';
}

// The element's attribute `prefix` + `local`, or an empty attribute.
inline pugi::xml_attribute attr(pugi::xml_node node, const std::string& prefix,
                                std::string_view local) {
  std::string name = prefix;
  name += local;
  return node.attribute(name.c_str());
}

// The first child element `prefix` + `local`.
inline pugi::xml_node child(pugi::xml_node node, const std::string& prefix,
                            std::string_view local) {
  for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
    if (is(c, prefix, local)) return c;
  }
  return {};
}

// An on/off property such as <w:b/> or <w:b w:val="0"/>: nothing when absent.
std::optional<bool> on_off(pugi::xml_node parent, const std::string& w, std::string_view local);
// The value of an on/off property element that is present.
bool on_off_value(pugi::xml_node property, const std::string& w);

// The text a w:t (or m:t) element holds.
std::string_view text_of(pugi::xml_node node);

// Visits the elements beneath `root` in document order without recursion. `enter(node)` says
// whether to visit the node's children; `leave(node)` runs after them for every node entered
// with true.
template <class Enter, class Leave>
void traverse(pugi::xml_node root, Enter enter, Leave leave) {
  pugi::xml_node n = root.first_child();
  while (n) {
    const bool descend = n.type() == pugi::node_element && enter(n);
    if (descend && n.first_child()) {
      n = n.first_child();
      continue;
    }
    if (descend) leave(n);
    while (!n.next_sibling()) {
      n = n.parent();
      if (!n || n == root) return;
      leave(n);
    }
    n = n.next_sibling();
  }
}

}  // namespace govtech::docx
