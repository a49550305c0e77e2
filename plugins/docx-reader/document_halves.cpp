#include "document_halves.hpp"

#include <cstring>
#include <exception>
#include <system_error>
#include <thread>

namespace govtech::docx {

namespace {

// Below this a part parses faster on one core than a thread takes to start.
constexpr std::size_t kHalvesFrom = 1 << 20;

// The end of what starts at `from` and ends with `close`, past it; npos when unclosed.
std::size_t skip_past(std::string_view text, std::size_t from, std::string_view close) {
  const std::size_t found = text.find(close, from);
  return found == std::string_view::npos ? found : found + close.size();
}

bool is_tag_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

std::string_view local_name(std::string_view name) {
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Sixteen bytes at a time, in the compiler's vector types (SSE2 on x86-64, NEON on ARM).
using Bytes = signed char __attribute__((vector_size(16)));

// How many more elements are open at the end of `text` than at its start: start tags count
// one, end tags minus one, empty-element tags nothing; counted from '<', "</" and "/>" sixteen
// bytes at a time, a small fraction of the instructions of reading tag by tag. A comment or
// processing instruction, or "/>" in text, miscounts: then a half is malformed, and the part
// is parsed whole.
long depth_change(std::string_view text) {
  const Bytes lt = Bytes{} + '<', slash = Bytes{} + '/', gt = Bytes{} + '>';
  long change = 0;
  std::size_t i = 0;
  // Each lane counts up to 127 before it is added up.
  while (i + 17 <= text.size()) {
    Bytes opened{}, end_tags{}, empty_ends{};
    for (int round = 0; round < 127 && i + 17 <= text.size(); ++round, i += 16) {
      Bytes here, next;  // text[i..i+16) and text[i+1..i+17)
      std::memcpy(&here, text.data() + i, 16);
      std::memcpy(&next, text.data() + i + 1, 16);
      const Bytes is_lt = here == lt;  // -1 where true
      opened -= is_lt;
      end_tags -= is_lt & (next == slash);
      empty_ends -= (here == slash) & (next == gt);
    }
    for (int k = 0; k < 16; ++k) change += opened[k] - 2L * end_tags[k] - empty_ends[k];
  }
  for (; i < text.size(); ++i) {
    const bool pair = i + 1 < text.size();
    change += text[i] == '<';
    change -= pair && text[i] == '<' && text[i + 1] == '/' ? 2 : 0;
    change -= pair && text[i] == '/' && text[i + 1] == '>' ? 1 : 0;
  }
  return change;
}

}  // namespace

std::optional<Cut> find_cut(std::string_view text, std::size_t from) {
  Cut cut;
  long depth = 0;  // elements open
  bool in_body = false;
  bool counted = false;  // the depth at `from` counted, past the body's start tag
  for (std::size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i)) {
    if (in_body && !counted) {
      i = text.find('<', std::max(i, from));
      if (i == std::string_view::npos) return std::nullopt;
      depth += depth_change(text.substr(cut.at, i - cut.at));
      counted = true;
    }
    if (i + 1 >= text.size()) return std::nullopt;
    const char next = text[i + 1];
    if (next == '?') {
      i = skip_past(text, i + 2, "?>");
    } else if (next == '!') {
      if (text.substr(i, 4) == "<!--") {
        i = skip_past(text, i + 4, "-->");
      } else if (text.substr(i, 9) == "<![CDATA[") {
        i = skip_past(text, i + 9, "]]>");
      } else {
        return std::nullopt;  // a DOCTYPE: read_xml refuses it, whole
      }
    } else if (next == '/') {
      if (depth <= 0) return std::nullopt;
      --depth;
      if (in_body && depth <= 1) return std::nullopt;  // the body ended before `from`
      i = skip_past(text, i + 2, ">");
    } else {
      if (counted && depth == 2) {
        cut.at = i;
        return cut;
      }
      // The tag ends at the next '>'. One inside an attribute value (XML allows it, no word
      // processor writes it) misleads the count: then a half is malformed, and the part is
      // parsed whole.
      const std::size_t end = text.find('>', i + 1);
      if (end == std::string_view::npos) return std::nullopt;
      const bool empty = text[end - 1] == '/';
      if (depth <= 1 && !in_body) {  // the root, and the body among its children
        std::size_t name_end = i + 1;
        while (name_end < end && !is_tag_space(text[name_end]) && text[name_end] != '/') {
          ++name_end;
        }
        const std::string_view name = text.substr(i + 1, name_end - i - 1);
        const std::string_view tag = text.substr(i, end + 1 - i);
        if (depth == 0) {
          if (empty) return std::nullopt;
          cut.root_tag = tag;
          cut.root_name = name;
        } else if (local_name(name) == "body" && !empty) {
          cut.body_tag = tag;
          cut.body_name = name;
          cut.at = end + 1;  // where the count starts
          in_body = true;
        }
      }
      if (!empty) ++depth;
      i = end + 1;
    }
    if (i == std::string_view::npos) return std::nullopt;
  }
  return std::nullopt;
}

std::vector<std::unique_ptr<XmlPart>> read_main_part(Package& package, std::string_view name) {
  std::vector<std::unique_ptr<XmlPart>> parts;
  std::optional<std::string> bytes = package.read(name);
  if (!bytes) return parts;
  std::string text = xml_text(std::move(*bytes), name);
  const std::optional<Cut> cut =
      text.size() >= kHalvesFrom && std::thread::hardware_concurrency() >= 2
          ? find_cut(text, text.size() / 2)
          : std::nullopt;
  if (!cut) {
    parts.push_back(parse_checked_xml(std::move(text), name));
    return parts;
  }
  // The second half: the root's and the body's start tags, then the rest. The first: the
  // text before the cut, in place, with the body and the root closed.
  auto second = std::make_unique<XmlPart>();
  second->text.reserve(cut->root_tag.size() + cut->body_tag.size() + text.size() - cut->at);
  second->text.append(cut->root_tag).append(cut->body_tag).append(text, cut->at);
  const std::string closing =
      "</" + std::string(cut->body_name) + "></" + std::string(cut->root_name) + ">";
  auto first = std::make_unique<XmlPart>();
  first->text = std::move(text);
  first->text.resize(cut->at);
  first->text += closing;
  bool second_parsed = false;
  try {
    std::jthread helper([&] { second_parsed = bool(parse_in_place(*second)); });
    const bool first_parsed = bool(parse_in_place(*first));
    helper.join();
    if (first_parsed && second_parsed) {
      parts.push_back(std::move(first));
      parts.push_back(std::move(second));
      return parts;
    }
  } catch (const std::system_error&) {
    // No thread to be had: parsed whole below.
  }
  // Malformed somewhere, or no second thread: parsed whole, to report what and where.
  first.reset();
  second.reset();
  std::optional<std::string> again = package.read_again(name);
  parts.push_back(parse_xml(std::move(*again), name));
  return parts;
}

}  // namespace govtech::docx
