// The json writer: a complete, deterministic dump of the document tree. Reader tests compare
// against it, and tools in other languages read it. The schema is in docs/json-format.md;
// bump kSchemaVersion whenever the output's shape changes.
#include <nlohmann/json.hpp>

#include "govtech/plugin.hpp"

namespace {

using govtech::Block;
using govtech::BlockKind;
using govtech::Inline;
using govtech::InlineKind;
using Json = nlohmann::ordered_json;

constexpr int kSchemaVersion = 1;

Json inlines_json(const govtech::Inlines& inlines);
Json blocks_json(const govtech::Blocks& blocks);

Json inline_json(const Inline& node) {
  Json j;
  switch (node.kind()) {
    case InlineKind::text:
      j["type"] = "text";
      j["text"] = node.as<govtech::Text>()->text;
      break;
    case InlineKind::emphasis:
      j["type"] = "emphasis";
      j["content"] = inlines_json(node.as<govtech::Emphasis>()->children);
      break;
    case InlineKind::strong:
      j["type"] = "strong";
      j["content"] = inlines_json(node.as<govtech::Strong>()->children);
      break;
    case InlineKind::strikethrough:
      j["type"] = "strikethrough";
      j["content"] = inlines_json(node.as<govtech::Strikethrough>()->children);
      break;
    case InlineKind::code:
      j["type"] = "code";
      j["text"] = node.as<govtech::Code>()->text;
      break;
    case InlineKind::link: {
      const auto& link = *node.as<govtech::Link>();
      j["type"] = "link";
      j["url"] = link.url;
      j["title"] = link.title;
      j["content"] = inlines_json(link.children);
      break;
    }
    case InlineKind::image: {
      const auto& image = *node.as<govtech::Image>();
      j["type"] = "image";
      j["src"] = image.src;
      j["title"] = image.title;
      j["alt"] = inlines_json(image.alt);
      break;
    }
    case InlineKind::soft_break:
      j["type"] = "soft_break";
      break;
    case InlineKind::hard_break:
      j["type"] = "hard_break";
      break;
    case InlineKind::raw: {
      const auto& raw = *node.as<govtech::RawInline>();
      j["type"] = "raw";
      j["format"] = raw.format;
      j["text"] = raw.text;
      break;
    }
  }
  return j;
}

Json inlines_json(const govtech::Inlines& inlines) {
  Json list = Json::array();
  for (const Inline& node : inlines) list.push_back(inline_json(node));
  return list;
}

Json items_json(const std::vector<govtech::ListItem>& items) {
  Json list = Json::array();
  for (const auto& item : items) {
    Json j;
    if (item.task) j["task"] = *item.task ? "checked" : "unchecked";
    j["content"] = blocks_json(item.blocks);
    list.push_back(std::move(j));
  }
  return list;
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

Json cells_json(const std::vector<govtech::TableCell>& cells) {
  Json row = Json::array();
  for (const auto& cell : cells) row.push_back(inlines_json(cell.content));
  return row;
}

Json block_json(const Block& block) {
  Json j;
  switch (block.kind()) {
    case BlockKind::paragraph:
      j["type"] = "paragraph";
      j["content"] = inlines_json(block.as<govtech::Paragraph>()->content);
      break;
    case BlockKind::heading:
      j["type"] = "heading";
      j["level"] = block.as<govtech::Heading>()->level;
      j["content"] = inlines_json(block.as<govtech::Heading>()->content);
      break;
    case BlockKind::bullet_list:
      j["type"] = "bullet_list";
      j["tight"] = block.as<govtech::BulletList>()->tight;
      j["items"] = items_json(block.as<govtech::BulletList>()->items);
      break;
    case BlockKind::ordered_list:
      j["type"] = "ordered_list";
      j["start"] = block.as<govtech::OrderedList>()->start;
      j["tight"] = block.as<govtech::OrderedList>()->tight;
      j["items"] = items_json(block.as<govtech::OrderedList>()->items);
      break;
    case BlockKind::block_quote:
      j["type"] = "block_quote";
      j["content"] = blocks_json(block.as<govtech::BlockQuote>()->blocks);
      break;
    case BlockKind::code_block:
      j["type"] = "code_block";
      j["info"] = block.as<govtech::CodeBlock>()->info;
      j["text"] = block.as<govtech::CodeBlock>()->text;
      break;
    case BlockKind::thematic_break:
      j["type"] = "thematic_break";
      break;
    case BlockKind::table: {
      const auto& table = *block.as<govtech::Table>();
      j["type"] = "table";
      Json aligns = Json::array();
      for (auto a : table.alignments) aligns.push_back(alignment_name(a));
      j["alignments"] = std::move(aligns);
      j["header"] = cells_json(table.header);
      Json rows = Json::array();
      for (const auto& row : table.rows) rows.push_back(cells_json(row));
      j["rows"] = std::move(rows);
      break;
    }
    case BlockKind::raw:
      j["type"] = "raw";
      j["format"] = block.as<govtech::RawBlock>()->format;
      j["text"] = block.as<govtech::RawBlock>()->text;
      break;
  }
  j["line"] = block.pos.line;
  j["column"] = block.pos.column;
  return j;
}

Json blocks_json(const govtech::Blocks& blocks) {
  Json list = Json::array();
  for (const Block& block : blocks) list.push_back(block_json(block));
  return list;
}

Json meta_json(const govtech::Metadata& m) {
  Json j;
  j["title"] = m.title;
  j["subtitle"] = m.subtitle;
  j["interviewee"] = {{"name", m.interviewee.name},
                      {"role", m.interviewee.role},
                      {"unit", m.interviewee.unit},
                      {"organisation", m.interviewee.organisation},
                      {"country", m.interviewee.country}};
  j["authors"] = m.authors;
  j["series"] = m.series;
  j["date"] = m.date;
  j["language"] = m.language;
  j["description"] = m.description;
  j["identifier"] = m.identifier;
  j["keywords"] = m.keywords;
  j["rights"] = m.rights;
  Json extra = Json::object();
  for (const auto& [key, value] : m.extra) extra[key] = value;
  j["extra"] = std::move(extra);
  return j;
}

Json document_json(const govtech::Document& doc) {
  Json j;
  j["schema"] = "govtech-convert/document";
  j["schema_version"] = kSchemaVersion;
  j["meta"] = meta_json(doc.meta);
  j["intro"] = blocks_json(doc.intro);
  Json entries = Json::array();
  for (const auto& entry : doc.entries) {
    Json e;
    e["line"] = entry.pos.line;
    e["question_speaker"] = entry.question_speaker;
    e["question"] = inlines_json(entry.question);
    e["answer_speaker"] = entry.answer_speaker;
    e["answer"] = blocks_json(entry.answer);
    entries.push_back(std::move(e));
  }
  j["entries"] = std::move(entries);
  j["trailing"] = blocks_json(doc.trailing);
  return j;
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
             govtech::Sink& out) const override {
    out.write(document_json(doc).dump(2, ' ', false, Json::error_handler_t::replace));
    out.write("\n");
  }

  void write_collection(const govtech::Collection& books, govtech::WriteContext&,
                        govtech::Sink& out) const override {
    Json j;
    j["schema"] = "govtech-convert/collection";
    j["schema_version"] = kSchemaVersion;
    j["meta"] = meta_json(books.meta);
    Json docs = Json::array();
    for (const auto& doc : books.documents) docs.push_back(document_json(doc));
    j["documents"] = std::move(docs);
    out.write(j.dump(2, ' ', false, Json::error_handler_t::replace));
    out.write("\n");
  }

  bool supports(std::string_view feature) const override { return feature == "combine"; }
};

void register_formats(govtech::Registrar& registrar) {
  registrar.add_writer(std::make_unique<JsonWriter>());
}

}  // namespace

GOVTECH_PLUGIN("json-writer", "1.0.0", "Deterministic JSON dump of the document tree",
               register_formats);
