#include "text_reader_support.hpp"

#include <stdexcept>

#include "govtech/registry.hpp"

namespace govtech::testing {

const Reader& text_reader() {
  static Registry registry;
  static Provided<Reader> reader = [] {
    registry.add_folder(GOVTECH_PLUGIN_DIR);
    auto found = registry.reader("text");
    if (!found) throw std::runtime_error("the text reader plugin was not found");
    return found;
  }();
  return *reader.handler;
}

Document read_text(std::string_view bytes,
                   const std::vector<std::pair<std::string, std::string>>& options) {
  Options opts;
  for (const auto& [key, value] : options) opts.set(key, value);
  Diagnostics diagnostics("in.txt");
  ReadContext ctx{"in.txt", opts, diagnostics};
  return text_reader().read(bytes, ctx);
}

std::string text_of(const Inlines& inlines) {
  std::string out;
  for (const Inline& node : inlines) {
    if (const auto* text = node.as<Text>()) out += text->text;
    if (node.kind() == InlineKind::soft_break) out += "\n";
    if (const auto* strong = node.as<Strong>()) out += "**" + text_of(strong->children) + "**";
  }
  return out;
}

std::string text_of(const Block& block) {
  if (const auto* p = block.as<Paragraph>()) return text_of(p->content);
  return "<" + std::to_string(static_cast<int>(block.kind())) + ">";
}

}  // namespace govtech::testing
