#include "document_pieces.hpp"

#include <algorithm>
#include <cstring>
#include <thread>

namespace govtech::docx {

namespace {

// Below this a part is read faster on one core than a thread takes to start.
constexpr std::size_t kPiecesFrom = 1 << 20;
// About this much of the part in a piece: its tree (five or six times the text) and the text
// fit in a core's cache while the piece is read, and the pieces' trees, parsed and freed in
// turn, reuse the same memory (the whole part's tree was most of a long document's page
// faults).
constexpr std::size_t kPieceBytes = 256 << 10;

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
// processing instruction, or "/>" in text, miscounts: then a piece is malformed, and the part
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

// find_cut's reading of the tags from the '<' at `i`, with `depth` elements open there. Once
// `in_body`, cut.at is where the count of the elements open at `from` starts.
std::optional<Cut> scan_for_cut(std::string_view text, std::size_t i, Cut cut, long depth,
                                bool in_body, std::size_t from) {
  bool counted = false;  // the depth at `from` counted, past the body's start tag
  for (; i != std::string_view::npos; i = text.find('<', i)) {
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
      // processor writes it) misleads the count: then a piece is malformed, and the part is
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

}  // namespace

std::optional<Cut> find_cut(std::string_view text, std::size_t from) {
  return scan_for_cut(text, text.find('<'), Cut{}, 0, false, from);
}

std::optional<Cut> find_next_cut(std::string_view text, const Cut& previous, std::size_t from) {
  // Before a body child's start tag, the root and the body are open.
  return scan_for_cut(text, previous.at, previous, 2, true, std::max(from, previous.at + 1));
}

std::optional<MainPieces> MainPieces::cut(std::string& text, std::size_t piece_bytes) {
  std::optional<Cut> cut = find_cut(text, piece_bytes);
  if (!cut) return std::nullopt;
  MainPieces pieces;
  pieces.opening_ = std::string(cut->root_tag) + std::string(cut->body_tag);
  // Each piece but the first repeats the start tags: a root with megabytes of attributes
  // would be copied over and over. Such a part is parsed whole.
  if (pieces.opening_.size() > piece_bytes / 8) return std::nullopt;
  pieces.closing_ = "</" + std::string(cut->body_name) + "></" + std::string(cut->root_name) + ">";
  // Each cut taken when what follows it is at least half a piece: a short last piece would be
  // read last, alone on its core.
  while (cut && text.size() - cut->at >= piece_bytes / 2) {
    pieces.starts_.push_back(cut->at);
    cut = find_next_cut(text, *cut, cut->at + piece_bytes);
  }
  if (pieces.starts_.empty()) return std::nullopt;
  pieces.text_ = std::move(text);
  return pieces;
}

std::size_t MainPieces::start(std::size_t k) const {
  return k == 0 ? 0 : k <= starts_.size() ? starts_[k - 1] : text_.size();
}

std::unique_ptr<XmlPart> MainPieces::parse(std::size_t k) const {
  auto part = std::make_unique<XmlPart>();
  const std::size_t begin = start(k);
  const std::size_t end = start(k + 1);
  const bool last = k + 1 == size();
  part->text.reserve((k > 0 ? opening_.size() : 0) + end - begin + (last ? 0 : closing_.size()));
  if (k > 0) part->text = opening_;
  part->text.append(text_, begin, end - begin);
  if (!last) part->text += closing_;
  if (!parse_in_place(*part)) return nullptr;
  for (pugi::xml_node node : part->document.children()) {
    if (node.type() == pugi::node_doctype) return nullptr;  // parse_checked_xml says so
  }
  return part;
}

MainPart read_main_part(Package& package, std::string_view name) {
  std::optional<std::string> bytes = package.read(name);
  if (!bytes) return {};
  std::string text = xml_text(std::move(*bytes), name);
  std::optional<MainPieces> pieces;
  if (text.size() >= kPiecesFrom && std::thread::hardware_concurrency() >= 2) {
    pieces = MainPieces::cut(text, kPieceBytes);
  }
  if (!pieces) return {.first = parse_checked_xml(std::move(text), name), .pieces = {}};
  if (std::unique_ptr<XmlPart> first = pieces->parse(0)) {
    return {.first = std::move(first), .pieces = std::move(pieces)};
  }
  // Malformed, or misread by the cut: parsed whole, to report what and where.
  pieces.reset();
  return {.first = parse_xml(std::move(*package.read_again(name)), name), .pieces = {}};
}

}  // namespace govtech::docx
