#include "docbook_blocks.hpp"

#include <algorithm>
#include <string>

#include "docbook_inlines.hpp"

namespace govtech::docbook {

namespace {

// A heading's level as the look of a DocBook free-floating heading. DocBook has no headings
// outside sections, and sections cannot sit inside answers nor before an interview's
// questions, so headings there become a <bridgehead>, which is valid wherever blocks are.
const char* bridgehead_rendering(int level) {
  switch (std::clamp(level, 1, 5)) {
    case 1:
      return "sect1";
    case 2:
      return "sect2";
    case 3:
      return "sect3";
    case 4:
      return "sect4";
    default:
      return "sect5";
  }
}

void prepend_text(pugi::xml_node node, const std::string& text) {
  pugi::xml_node first = node.first_child();
  if (first.type() == pugi::node_pcdata) {
    first.set_value((text + first.value()).c_str());
  } else {
    node.insert_child_before(pugi::node_pcdata, first).set_value(text.c_str());
  }
}

// A task item keeps its state as a role for processors and as a box mark for readers.
void mark_task(pugi::xml_node item, bool checked) {
  set_attribute(item, "role", checked ? "task-done" : "task-open");
  const std::string mark = checked ? "\u2612 " : "\u2610 ";
  pugi::xml_node first = item.first_child();
  if (std::string_view(first.name()) == "para") {
    prepend_text(first, mark);
  } else {
    add_text(item.insert_child_before("para", first), mark);
  }
}

void render_items(pugi::xml_node list, const std::vector<ListItem>& items, bool tight,
                  RenderState& state) {
  if (tight) set_attribute(list, "spacing", "compact");
  for (const ListItem& item : items) {
    pugi::xml_node entry = add_element(list, "listitem");
    render_blocks(entry, item.blocks, state);
    if (!has_element_child(entry)) add_element(entry, "para");
    if (item.task) mark_task(entry, *item.task);
  }
}

void render_code(pugi::xml_node parent, const CodeBlock& code) {
  pugi::xml_node listing = add_element(parent, "programlisting");
  const std::string_view info = code.info;
  const std::size_t start = info.find_first_not_of(" \t");
  if (start != std::string_view::npos) {
    const std::size_t end = info.find_first_of(" \t", start);
    set_attribute(listing, "language", info.substr(start, end - start));
  }
  std::string_view text = code.text;
  // The final line end only terminates the last line; kept, it would render as a blank line.
  if (text.ends_with('\n')) text.remove_suffix(1);
  add_text(listing, text);
}

const char* alignment_name(Alignment alignment) {
  switch (alignment) {
    case Alignment::left:
      return "left";
    case Alignment::center:
      return "center";
    case Alignment::right:
      return "right";
    default:
      return nullptr;
  }
}

void render_row(pugi::xml_node group, const std::vector<TableCell>& cells, RenderState& state) {
  pugi::xml_node row = add_element(group, "row");
  for (const TableCell& cell : cells) {
    pugi::xml_node entry = add_element(row, "entry");
    if (contains_hard_break(cell.content)) {
      render_inlines(add_element(entry, "literallayout"), cell.content, LineMode::literal, state);
    } else {
      render_inlines(entry, cell.content, LineMode::flowing, state);
    }
  }
}

// A CALS table: the model every DocBook toolchain renders. Rows may be shorter than the
// table (CALS leaves the missing cells empty); the column count covers the longest row.
void render_table(pugi::xml_node parent, const Table& table, RenderState& state) {
  std::size_t columns = std::max(table.alignments.size(), table.header.size());
  for (const auto& row : table.rows) columns = std::max(columns, row.size());
  const bool has_rows = std::any_of(table.rows.begin(), table.rows.end(),
                                    [](const auto& row) { return !row.empty(); });
  if (columns == 0 || (!has_rows && table.header.empty())) return;

  pugi::xml_node group = add_element(add_element(parent, "informaltable"), "tgroup");
  set_attribute(group, "cols", std::to_string(columns));
  for (std::size_t i = 0; i < columns; ++i) {
    pugi::xml_node spec = add_element(group, "colspec");
    set_attribute(spec, "colname", "c" + std::to_string(i + 1));
    const Alignment alignment = i < table.alignments.size() ? table.alignments[i] : Alignment::none;
    if (const char* name = alignment_name(alignment)) set_attribute(spec, "align", name);
  }
  // CALS requires a body row; a table that is all header keeps its one row in the body.
  if (!table.header.empty() && has_rows)
    render_row(add_element(group, "thead"), table.header, state);
  pugi::xml_node body = add_element(group, "tbody");
  if (!has_rows) render_row(body, table.header, state);
  for (const auto& row : table.rows) {
    if (!row.empty()) render_row(body, row, state);
  }
}

// DocBook has no generic division: its blocks go in place, each carrying the attributes (the
// id on the first only).
void render_division(pugi::xml_node parent, const Division& division, RenderState& state) {
  pugi::xml_node before = parent.last_child();
  render_blocks(parent, division.blocks, state);
  const void* owner = &division;
  for (pugi::xml_node node = before ? before.next_sibling() : parent.first_child(); node;
       node = node.next_sibling()) {
    if (node.type() != pugi::node_element) continue;
    set_attributes(node, *division.attributes, state, owner);
    owner = nullptr;
  }
}

// A figure with a caption is a <figure> titled by it; one without, an <informalfigure>.
void render_figure(pugi::xml_node parent, const Figure& figure, RenderState& state) {
  pugi::xml_node element =
      add_element(parent, figure.caption.empty() ? "informalfigure" : "figure");
  set_attributes(element, *figure.attributes, state, &figure);
  if (!figure.caption.empty()) {
    render_inlines(add_element(element, "title"), figure.caption, LineMode::single_line, state);
  }
  bool any = false;
  for (const Inline& node : figure.content) {
    const Image* image = node.as<Image>();
    if (image == nullptr && node.as<Link>()) image = lone_image(node.as<Link>()->children);
    if (image == nullptr || !image_allowed(*image, state)) continue;
    render_image_content(add_element(element, "mediaobject"), *image, state);
    any = true;
  }
  if (!any) render_inline_block(element, figure.content, state);
}

void render_definitions(pugi::xml_node parent, const DefinitionList& list, RenderState& state) {
  if (list.items.empty()) return;
  pugi::xml_node variables = add_element(parent, "variablelist");
  for (const DefinitionItem& item : list.items) {
    pugi::xml_node entry = add_element(variables, "varlistentry");
    render_inlines(add_element(entry, "term"), item.term, LineMode::single_line, state);
    pugi::xml_node gloss = add_element(entry, "listitem");
    for (const Blocks& definition : item.definitions) render_blocks(gloss, definition, state);
    if (!has_element_child(gloss)) add_element(gloss, "para");
  }
}

void render_block_content(pugi::xml_node parent, const Block& block, RenderState& state) {
  switch (block.kind()) {
    case BlockKind::paragraph:
      render_inline_block(parent, block.as<Paragraph>()->content, state);
      break;
    case BlockKind::heading: {
      const Heading& heading = *block.as<Heading>();
      pugi::xml_node head = add_element(parent, "bridgehead");
      set_attributes(head, *heading.attributes, state, &heading);
      set_attribute(head, "renderas", bridgehead_rendering(heading.level));
      render_inlines(head, heading.content, LineMode::single_line, state);
      break;
    }
    case BlockKind::bullet_list: {
      const BulletList& list = *block.as<BulletList>();
      if (list.items.empty()) break;
      render_items(add_element(parent, "itemizedlist"), list.items, list.tight, state);
      break;
    }
    case BlockKind::ordered_list: {
      const OrderedList& list = *block.as<OrderedList>();
      if (list.items.empty()) break;
      pugi::xml_node element = add_element(parent, "orderedlist");
      if (list.start != 1) set_attribute(element, "startingnumber", std::to_string(list.start));
      render_items(element, list.items, list.tight, state);
      break;
    }
    case BlockKind::block_quote: {
      pugi::xml_node quote = add_element(parent, "blockquote");
      render_blocks(quote, block.as<BlockQuote>()->blocks, state);
      // An empty quotation says nothing, and the schema requires content.
      if (!has_element_child(quote)) parent.remove_child(quote);
      break;
    }
    case BlockKind::code_block:
      render_code(parent, *block.as<CodeBlock>());
      break;
    case BlockKind::thematic_break:
      // DocBook has no scene break; an empty paragraph with a role keeps its place.
      set_attribute(add_element(parent, "para"), "role", "thematic-break");
      break;
    case BlockKind::table:
      render_table(parent, *block.as<Table>(), state);
      break;
    case BlockKind::raw:
      state.diagnostics.warn(
          "raw " + block.as<RawBlock>()->format + " block left out: DocBook cannot hold it",
          block.pos);
      break;
    case BlockKind::division:
      render_division(parent, *block.as<Division>(), state);
      break;
    case BlockKind::figure:
      render_figure(parent, *block.as<Figure>(), state);
      break;
    case BlockKind::definition_list:
      render_definitions(parent, *block.as<DefinitionList>(), state);
      break;
  }
}

}  // namespace

void render_block(pugi::xml_node parent, const Block& block, RenderState& state) {
  const SourcePos outer = state.pos;
  if (block.pos.line) state.pos = block.pos;
  render_block_content(parent, block, state);
  state.pos = outer;
}

void render_blocks(pugi::xml_node parent, const Blocks& blocks, RenderState& state) {
  for (const Block& block : blocks) render_block(parent, block, state);
}

void render_inline_block(pugi::xml_node parent, const Inlines& content, RenderState& state) {
  const Image* image = lone_image(content);
  if (image != nullptr && image_allowed(*image, state)) {
    pugi::xml_node media = add_element(parent, "mediaobject");
    render_image_content(media, *image, state);
    if (!image->title.empty()) {
      add_text_element(add_element(media, "caption"), "para", image->title);
    }
  } else if (contains_hard_break(content)) {
    render_inlines(add_element(parent, "literallayout"), content, LineMode::literal, state);
  } else {
    render_inlines(add_element(parent, "para"), content, LineMode::flowing, state);
  }
}

bool has_element_child(pugi::xml_node node, std::string_view except) {
  for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && child.name() != except) return true;
  }
  return false;
}

}  // namespace govtech::docbook
