#include "docbook_tree.hpp"

#include <array>
#include <string>

#include "govtech/phrases.hpp"
#include "govtech/xml.hpp"

namespace govtech::docbook {

namespace {

// Elements whose content model is elements only, so white space between their children is
// insignificant. Anything not listed keeps its content exactly as built.
constexpr std::array<std::string_view, 28> kElementOnly = {
    "article",       "book",       "info",         "author",      "othercredit", "affiliation",
    "biblioset",     "abstract",   "keywordset",   "legalnotice", "qandaset",    "qandaentry",
    "question",      "answer",     "itemizedlist", "orderedlist", "listitem",    "blockquote",
    "informaltable", "tgroup",     "thead",        "tbody",       "row",         "mediaobject",
    "imageobject",   "textobject", "caption",      "section"};

bool element_only(const pugi::xml_node node) {
  const std::string_view name = node.name();
  for (std::string_view candidate : kElementOnly) {
    if (candidate == name) return true;
  }
  return false;
}

void indent_children(pugi::xml_node node, std::size_t depth) {
  if (!element_only(node) || !node.first_child()) return;
  const std::string inner = "\n" + std::string(2 * (depth + 1), ' ');
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    node.insert_child_before(pugi::node_pcdata, child).set_value(inner.c_str());
    indent_children(child, depth + 1);
  }
  const std::string outer = "\n" + std::string(2 * depth, ' ');
  node.append_child(pugi::node_pcdata).set_value(outer.c_str());
}

class SinkWriter final : public pugi::xml_writer {
 public:
  explicit SinkWriter(Sink& out) : out_(out) {}
  void write(const void* data, size_t size) override {
    out_.write(std::string_view(static_cast<const char*>(data), size));
  }

 private:
  Sink& out_;
};

}  // namespace

pugi::xml_node add_element(pugi::xml_node parent, const char* name) {
  return parent.append_child(name);
}

void add_text(pugi::xml_node parent, std::string_view text) {
  const std::string safe = xml_safe(text);
  if (safe.empty()) return;
  pugi::xml_node last = parent.last_child();
  if (last.type() == pugi::node_pcdata) {
    last.set_value((std::string(last.value()) + safe).c_str());
  } else {
    parent.append_child(pugi::node_pcdata).set_value(safe.c_str());
  }
}

pugi::xml_node add_text_element(pugi::xml_node parent, const char* name, std::string_view text) {
  pugi::xml_node element = add_element(parent, name);
  add_text(element, text);
  return element;
}

void set_attribute(pugi::xml_node node, const char* name, std::string_view value) {
  const std::string safe = xml_safe(value);
  pugi::xml_attribute attribute = node.attribute(name);
  if (!attribute) attribute = node.append_attribute(name);
  attribute.set_value(safe.c_str());
}

void indent_structure(pugi::xml_node root) {
  indent_children(root, 0);
}

void save(const pugi::xml_document& document, Sink& out) {
  out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  SinkWriter writer(out);
  document.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  out.write("\n");
}

void set_attributes(pugi::xml_node node, const Attributes& attributes, RenderState& state,
                    const void* owner) {
  if (const std::string_view id = state.targets ? state.targets->id_of(owner) : "";
      owner && !id.empty()) {
    set_attribute(node, "xml:id", id);
  }
  if (!attributes.language.empty()) set_attribute(node, "xml:lang", attributes.language);
  if (const std::string_view dir = direction_name(attributes.direction); !dir.empty()) {
    set_attribute(node, "dir", dir);
  }
  if (!attributes.classes.empty()) {
    std::string role;
    for (const std::string& name : attributes.classes) role += (role.empty() ? "" : " ") + name;
    set_attribute(node, "role", role);
  }
}

}  // namespace govtech::docbook
