#include "ooxml.hpp"

namespace govtech::docx {

Names names_of(pugi::xml_node root) {
  Names names;
  for (pugi::xml_attribute a : root.attributes()) {
    const std::string_view name = a.name();
    if (!name.starts_with("xmlns")) continue;
    std::string prefix;
    if (name.size() > 6 && name[5] == ':') prefix = std::string(name.substr(6)) + ":";
    const std::string_view uri = a.value();
    auto ends = [&](std::string_view tail) { return uri.ends_with(tail); };
    if (ends("/wordprocessingml/2006/main") || ends("/ooxml/wordprocessingml/main")) {
      names.w = prefix;
    } else if (ends("/officeDocument/2006/relationships") ||
               ends("/ooxml/officeDocument/relationships")) {
      names.r = prefix;
    } else if (ends("/drawingml/2006/wordprocessingDrawing") ||
               ends("/ooxml/drawingml/wordprocessingDrawing")) {
      names.wp = prefix;
    } else if (ends("/drawingml/2006/main") || ends("/ooxml/drawingml/main")) {
      names.a = prefix;
    } else if (uri == "urn:schemas-microsoft-com:vml") {
      names.v = prefix;
    } else if (ends("/markup-compatibility/2006")) {
      names.mc = prefix;
    } else if (ends("/officeDocument/2006/math") || ends("/ooxml/officeDocument/math")) {
      names.m = prefix;
    } else if (uri == "http://purl.org/dc/elements/1.1/") {
      names.dc = prefix;
    } else if (uri == "http://purl.org/dc/terms/") {
      names.dcterms = prefix;
    } else if (ends("/metadata/core-properties")) {
      names.cp = prefix;
    }
  }
  return names;
}

std::optional<bool> on_off(pugi::xml_node parent, const std::string& w, std::string_view local) {
  pugi::xml_node node = child(parent, w, local);
  if (!node) return std::nullopt;
  return on_off_value(node, w);
}

bool on_off_value(pugi::xml_node property, const std::string& w) {
  pugi::xml_attribute val = attr(property, w, "val");
  if (!val) return true;
  const std::string_view v = val.value();
  return !(v == "0" || v == "false" || v == "off" || v == "none");
}

std::string_view text_of(pugi::xml_node node) {
  // Parsed with parse_embed_pcdata, text that opens an element is the element's own value.
  if (const char* embedded = node.value(); *embedded) return embedded;
  pugi::xml_node text = node.first_child();
  if (!text || (text.type() != pugi::node_pcdata && text.type() != pugi::node_cdata)) return {};
  return text.value();
}

}  // namespace govtech::docx
