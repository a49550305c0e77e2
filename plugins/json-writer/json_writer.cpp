// The json writer: a complete, deterministic dump of the document tree. Reader tests compare
// against it, and tools in other languages read it. The schema is in docs/json-format.md;
// bump kSchemaVersion whenever the output's shape changes.
//
// The JSON is written as the tree is walked, never built as a tree of its own: memory stays
// that of the document, and a failure part way leaves nothing to unwind. The layout is fixed
// (two-space indents, "key": value, empty containers as {} and []) and is the one tools and
// golden files already read.
#include <openssl/evp.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "govtech/phrases.hpp"
#include "govtech/plugin.hpp"

namespace {

using govtech::Block;
using govtech::BlockKind;
using govtech::Inline;
using govtech::InlineKind;

constexpr int kSchemaVersion = 1;

// Writes JSON values into a sink through a buffer, pretty-printed. Each container opened is
// closed by the caller; a member of an object is a key() followed by one value.
class JsonOut {
 public:
  explicit JsonOut(govtech::Sink& sink) : sink_(sink) { buffer_.reserve(kFlushAt + 4096); }

  void open_object() { open('{'); }
  void close_object() { close('}'); }
  void open_array() { open('['); }
  void close_array() { close(']'); }

  void key(std::string_view name) {
    next_element();
    string_literal(name);
    buffer_ += ": ";
    after_key_ = true;
  }

  void string(std::string_view text) {
    value_start();
    string_literal(text);
    maybe_flush();
  }
  void number(std::int64_t n) {
    value_start();
    buffer_ += std::to_string(n);
  }
  void boolean(bool b) {
    value_start();
    buffer_ += b ? "true" : "false";
  }

  void string_member(std::string_view name, std::string_view text) {
    key(name);
    string(text);
  }
  void number_member(std::string_view name, std::int64_t n) {
    key(name);
    number(n);
  }

  void finish() {
    buffer_ += '\n';
    flush();
  }

 private:
  static constexpr std::size_t kFlushAt = 1 << 16;

  void open(char bracket) {
    value_start();
    buffer_ += bracket;
    empty_.push_back(true);
  }
  void close(char bracket) {
    const bool empty = empty_.back();
    empty_.pop_back();
    if (!empty) {
      buffer_ += '\n';
      indent();
    }
    buffer_ += bracket;
    maybe_flush();
  }

  // Before a value: after a key it follows on the same line; in an array it is an element.
  void value_start() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!empty_.empty()) next_element();
  }
  void next_element() {
    buffer_ += empty_.back() ? "\n" : ",\n";
    empty_.back() = false;
    indent();
  }
  void indent() { buffer_.append(2 * empty_.size(), ' '); }

  // A JSON string: quotes, backslashes and control characters escaped, other characters as
  // they are; a byte sequence that is not UTF-8 becomes one U+FFFD, resuming at the byte that
  // broke it (the bytes of a character are never split).
  void string_literal(std::string_view s) {
    buffer_ += '"';
    std::size_t i = 0;
    while (i < s.size()) {
      const auto byte = static_cast<unsigned char>(s[i]);
      if (byte < 0x80) {
        escaped_ascii(byte);
        ++i;
        continue;
      }
      std::size_t length = 0;
      unsigned char low = 0x80, high = 0xBF;  // the range of the byte after the first
      if (byte >= 0xC2 && byte <= 0xDF) {
        length = 2;
      } else if (byte >= 0xE0 && byte <= 0xEF) {
        length = 3;
        if (byte == 0xE0) low = 0xA0;
        if (byte == 0xED) high = 0x9F;
      } else if (byte >= 0xF0 && byte <= 0xF4) {
        length = 4;
        if (byte == 0xF0) low = 0x90;
        if (byte == 0xF4) high = 0x8F;
      }
      if (length == 0) {
        buffer_ += kReplacement;
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      bool whole = true;
      for (std::size_t k = 1; k < length; ++k, ++j) {
        if (j >= s.size()) {  // the text ends inside a character
          buffer_ += kReplacement;
          buffer_ += '"';
          return;
        }
        const auto next = static_cast<unsigned char>(s[j]);
        if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
          whole = false;
          break;
        }
      }
      if (whole) {
        buffer_.append(s.substr(i, length));
      } else {
        buffer_ += kReplacement;
      }
      i = j;
    }
    buffer_ += '"';
  }

  void escaped_ascii(unsigned char c) {
    switch (c) {
      case '"':
        buffer_ += "\\\"";
        return;
      case '\\':
        buffer_ += "\\\\";
        return;
      case '\b':
        buffer_ += "\\b";
        return;
      case '\f':
        buffer_ += "\\f";
        return;
      case '\n':
        buffer_ += "\\n";
        return;
      case '\r':
        buffer_ += "\\r";
        return;
      case '\t':
        buffer_ += "\\t";
        return;
      default:
        break;
    }
    if (c < 0x20) {
      static constexpr char kHex[] = "0123456789abcdef";
      buffer_ += "\\u00";
      buffer_ += kHex[c >> 4];
      buffer_ += kHex[c & 0xF];
      return;
    }
    buffer_ += static_cast<char>(c);
  }

  void maybe_flush() {
    if (buffer_.size() >= kFlushAt) flush();
  }
  void flush() {
    sink_.write(buffer_);
    buffer_.clear();
  }

  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

  govtech::Sink& sink_;
  std::string buffer_;
  std::vector<bool> empty_;  // per open container: nothing in it yet
  bool after_key_ = false;
};

void write_inlines(JsonOut& out, const govtech::Inlines& inlines);
void write_blocks(JsonOut& out, const govtech::Blocks& blocks);

// A resource's bytes stand in the dump as their length and SHA-256: enough to compare two
// dumps, without megabytes of base64 in a file meant to be read.
std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    throw govtech::Error(govtech::ErrorKind::plugin, "SHA-256 of a resource failed");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xF];
  }
  return hex;
}

using govtech::direction_name;  // the core's: "ltr", "rtl", or "" when unspecified

void write_attributes(JsonOut& out, const govtech::Attributes& attributes) {
  out.open_object();
  out.string_member("id", attributes.id);
  out.key("classes");
  out.open_array();
  for (const std::string& name : attributes.classes) out.string(name);
  out.close_array();
  out.string_member("language", attributes.language);
  out.string_member("direction", direction_name(attributes.direction));
  out.close_object();
}

void write_inline(JsonOut& out, const Inline& node) {
  out.open_object();
  switch (node.kind()) {
    case InlineKind::text:
      out.string_member("type", "text");
      out.string_member("text", node.as<govtech::Text>()->text);
      break;
    case InlineKind::emphasis:
      out.string_member("type", "emphasis");
      out.key("content");
      write_inlines(out, node.as<govtech::Emphasis>()->children);
      break;
    case InlineKind::strong:
      out.string_member("type", "strong");
      out.key("content");
      write_inlines(out, node.as<govtech::Strong>()->children);
      break;
    case InlineKind::strikethrough:
      out.string_member("type", "strikethrough");
      out.key("content");
      write_inlines(out, node.as<govtech::Strikethrough>()->children);
      break;
    case InlineKind::code:
      out.string_member("type", "code");
      out.string_member("text", node.as<govtech::Code>()->text);
      break;
    case InlineKind::link: {
      const auto& link = *node.as<govtech::Link>();
      out.string_member("type", "link");
      out.string_member("url", link.url);
      out.string_member("title", link.title);
      out.key("content");
      write_inlines(out, link.children);
      break;
    }
    case InlineKind::image: {
      const auto& image = *node.as<govtech::Image>();
      out.string_member("type", "image");
      out.string_member("src", image.src);
      out.string_member("title", image.title);
      out.key("alt");
      write_inlines(out, image.alt);
      break;
    }
    case InlineKind::soft_break:
      out.string_member("type", "soft_break");
      break;
    case InlineKind::hard_break:
      out.string_member("type", "hard_break");
      break;
    case InlineKind::raw: {
      const auto& raw = *node.as<govtech::RawInline>();
      out.string_member("type", "raw");
      out.string_member("format", raw.format);
      out.string_member("text", raw.text);
      break;
    }
    case InlineKind::superscript:
      out.string_member("type", "superscript");
      out.key("content");
      write_inlines(out, node.as<govtech::Superscript>()->children);
      break;
    case InlineKind::subscript:
      out.string_member("type", "subscript");
      out.key("content");
      write_inlines(out, node.as<govtech::Subscript>()->children);
      break;
    case InlineKind::span:
      out.string_member("type", "span");
      out.key("attributes");
      write_attributes(out, *node.as<govtech::Span>()->attributes);
      out.key("content");
      write_inlines(out, node.as<govtech::Span>()->children);
      break;
    case InlineKind::note:
      out.string_member("type", "note");
      out.key("content");
      write_blocks(out, node.as<govtech::Note>()->blocks);
      break;
    case InlineKind::quoted: {
      const auto& quoted = *node.as<govtech::Quoted>();
      out.string_member("type", "quoted");
      out.string_member("quote",
                        quoted.kind == govtech::QuoteKind::double_quote ? "double" : "single");
      out.key("content");
      write_inlines(out, quoted.children);
      break;
    }
  }
  out.close_object();
}

void write_inlines(JsonOut& out, const govtech::Inlines& inlines) {
  out.open_array();
  for (const Inline& node : inlines) write_inline(out, node);
  out.close_array();
}

void write_items(JsonOut& out, const std::vector<govtech::ListItem>& items) {
  out.open_array();
  for (const auto& item : items) {
    out.open_object();
    if (item.task) out.string_member("task", *item.task ? "checked" : "unchecked");
    out.key("content");
    write_blocks(out, item.blocks);
    out.close_object();
  }
  out.close_array();
}

const char* alignment_name(govtech::Alignment a) {
  switch (a) {
    case govtech::Alignment::left:
      return "left";
    case govtech::Alignment::center:
      return "center";
    case govtech::Alignment::right:
      return "right";
    default:
      return "none";
  }
}

void write_cells(JsonOut& out, const std::vector<govtech::TableCell>& cells) {
  out.open_array();
  for (const auto& cell : cells) write_inlines(out, cell.content);
  out.close_array();
}

void write_block(JsonOut& out, const Block& block) {
  out.open_object();
  switch (block.kind()) {
    case BlockKind::paragraph:
      out.string_member("type", "paragraph");
      out.key("content");
      write_inlines(out, block.as<govtech::Paragraph>()->content);
      break;
    case BlockKind::heading:
      out.string_member("type", "heading");
      out.number_member("level", block.as<govtech::Heading>()->level);
      out.key("content");
      write_inlines(out, block.as<govtech::Heading>()->content);
      // Most headings carry none: the key is there only when the author gave some.
      if (!block.as<govtech::Heading>()->attributes->empty()) {
        out.key("attributes");
        write_attributes(out, *block.as<govtech::Heading>()->attributes);
      }
      break;
    case BlockKind::bullet_list:
      out.string_member("type", "bullet_list");
      out.key("tight");
      out.boolean(block.as<govtech::BulletList>()->tight);
      out.key("items");
      write_items(out, block.as<govtech::BulletList>()->items);
      break;
    case BlockKind::ordered_list:
      out.string_member("type", "ordered_list");
      out.number_member("start", block.as<govtech::OrderedList>()->start);
      out.key("tight");
      out.boolean(block.as<govtech::OrderedList>()->tight);
      out.key("items");
      write_items(out, block.as<govtech::OrderedList>()->items);
      break;
    case BlockKind::block_quote:
      out.string_member("type", "block_quote");
      out.key("content");
      write_blocks(out, block.as<govtech::BlockQuote>()->blocks);
      break;
    case BlockKind::code_block:
      out.string_member("type", "code_block");
      out.string_member("info", block.as<govtech::CodeBlock>()->info);
      out.string_member("text", block.as<govtech::CodeBlock>()->text);
      break;
    case BlockKind::thematic_break:
      out.string_member("type", "thematic_break");
      break;
    case BlockKind::table: {
      const auto& table = *block.as<govtech::Table>();
      out.string_member("type", "table");
      out.key("alignments");
      out.open_array();
      for (auto a : table.alignments) out.string(alignment_name(a));
      out.close_array();
      out.key("header");
      write_cells(out, table.header);
      out.key("rows");
      out.open_array();
      for (const auto& row : table.rows) write_cells(out, row);
      out.close_array();
      break;
    }
    case BlockKind::raw:
      out.string_member("type", "raw");
      out.string_member("format", block.as<govtech::RawBlock>()->format);
      out.string_member("text", block.as<govtech::RawBlock>()->text);
      break;
    case BlockKind::division:
      out.string_member("type", "division");
      out.key("attributes");
      write_attributes(out, *block.as<govtech::Division>()->attributes);
      out.key("content");
      write_blocks(out, block.as<govtech::Division>()->blocks);
      break;
    case BlockKind::figure: {
      const auto& figure = *block.as<govtech::Figure>();
      out.string_member("type", "figure");
      out.key("attributes");
      write_attributes(out, *figure.attributes);
      out.key("content");
      write_inlines(out, figure.content);
      out.key("caption");
      write_inlines(out, figure.caption);
      break;
    }
    case BlockKind::definition_list:
      out.string_member("type", "definition_list");
      out.key("items");
      out.open_array();
      for (const auto& item : block.as<govtech::DefinitionList>()->items) {
        out.open_object();
        out.key("term");
        write_inlines(out, item.term);
        out.key("definitions");
        out.open_array();
        for (const auto& definition : item.definitions) write_blocks(out, definition);
        out.close_array();
        out.close_object();
      }
      out.close_array();
      break;
  }
  out.number_member("line", block.pos.line);
  out.number_member("column", block.pos.column);
  out.close_object();
}

void write_blocks(JsonOut& out, const govtech::Blocks& blocks) {
  out.open_array();
  for (const Block& block : blocks) write_block(out, block);
  out.close_array();
}

void write_strings(JsonOut& out, const std::vector<std::string>& strings) {
  out.open_array();
  for (const auto& s : strings) out.string(s);
  out.close_array();
}

void write_meta(JsonOut& out, const govtech::Metadata& m) {
  out.open_object();
  out.string_member("title", m.title);
  out.string_member("subtitle", m.subtitle);
  out.key("interviewee");
  out.open_object();
  out.string_member("name", m.interviewee.name);
  out.string_member("role", m.interviewee.role);
  out.string_member("unit", m.interviewee.unit);
  out.string_member("organisation", m.interviewee.organisation);
  out.string_member("country", m.interviewee.country);
  out.close_object();
  out.key("authors");
  write_strings(out, m.authors);
  out.string_member("series", m.series);
  out.string_member("date", m.date);
  out.string_member("language", m.language);
  out.string_member("direction", direction_name(m.direction));
  out.string_member("description", m.description);
  out.string_member("identifier", m.identifier);
  out.key("keywords");
  write_strings(out, m.keywords);
  out.string_member("rights", m.rights);
  // A key given twice keeps its first place and its last value, as the object it is.
  std::unordered_map<std::string_view, std::size_t> last;
  last.reserve(m.extra.size());
  for (std::size_t i = 0; i < m.extra.size(); ++i) last[m.extra[i].first] = i;
  out.key("extra");
  out.open_object();
  for (std::size_t i = 0; i < m.extra.size(); ++i) {
    auto found = last.find(m.extra[i].first);
    if (found == last.end()) continue;  // written already, at its first place
    out.string_member(m.extra[i].first, m.extra[found->second].second);
    last.erase(found);
  }
  out.close_object();
  out.close_object();
}

void write_document(JsonOut& out, const govtech::Document& doc) {
  out.open_object();
  out.string_member("schema", "govtech-convert/document");
  out.number_member("schema_version", kSchemaVersion);
  out.key("meta");
  write_meta(out, doc.meta);
  out.key("intro");
  write_blocks(out, doc.intro);
  out.key("entries");
  out.open_array();
  for (const auto& entry : doc.entries) {
    out.open_object();
    out.number_member("line", entry.pos.line);
    out.string_member("question_speaker", entry.question_speaker);
    out.key("question");
    write_inlines(out, entry.question);
    out.string_member("answer_speaker", entry.answer_speaker);
    out.key("answer");
    write_blocks(out, entry.answer);
    out.close_object();
  }
  out.close_array();
  out.key("trailing");
  write_blocks(out, doc.trailing);
  out.key("resources");
  out.open_array();
  for (const auto& resource : doc.resources) {
    out.open_object();
    out.string_member("name", resource.name);
    out.string_member("media_type", resource.media_type);
    out.number_member("bytes", static_cast<std::int64_t>(resource.bytes.size()));
    out.string_member("sha256", sha256_hex(resource.bytes));
    out.close_object();
  }
  out.close_array();
  out.close_object();
}

class JsonWriter final : public govtech::Writer {
 public:
  govtech::FormatInfo info() const override {
    return {.name = "json",
            .aliases = {},
            .extensions = {"json"},
            .mime_type = "application/json",
            .description = "the document tree, for tests and other tools"};
  }

  void write(const govtech::Document& doc, govtech::WriteContext&,
             govtech::Sink& sink) const override {
    JsonOut out(sink);
    write_document(out, doc);
    out.finish();
  }

  void write_collection(const govtech::Collection& books, govtech::WriteContext&,
                        govtech::Sink& sink) const override {
    JsonOut out(sink);
    out.open_object();
    out.string_member("schema", "govtech-convert/collection");
    out.number_member("schema_version", kSchemaVersion);
    out.key("meta");
    write_meta(out, books.meta);
    out.key("documents");
    out.open_array();
    for (const auto& doc : books.documents) write_document(out, doc);
    out.close_array();
    out.close_object();
    out.finish();
  }

  bool supports(std::string_view feature) const override { return feature == "combine"; }
};

void register_formats(govtech::Registrar& registrar) {
  registrar.add_writer(std::make_unique<JsonWriter>());
}

}  // namespace

GOVTECH_PLUGIN("json-writer", "1.0.0", "Deterministic JSON dump of the document tree",
               register_formats);
