// Lists: bullet and ordered lists with task items, and <dl> as a definition list (or, at the
// top of the page, as the questions and answers of an interview).
#include "blocks.hpp"
#include "dom.hpp"
#include "govtech/recognise.hpp"

namespace html_reader {

using namespace govtech;

void Converter::list(const GumboNode* element, Blocks& out, int depth) {
  std::vector<ListItem> items;
  bool tight = true;
  const GumboVector* kids = children(element);
  for (unsigned i = 0; i < kids->length; ++i) {
    const GumboNode* kid = child(kids, i);
    if (!is_element(kid) || skipped(kid)) continue;
    ListItem item;
    // A task item: a checkbox first, alone or in a label.
    const GumboNode* probe = kid;
    for (int level = 0; level < 3 && probe; ++level) {
      const GumboNode* first = nullptr;
      const GumboVector* inner = children(probe);
      for (unsigned j = 0; inner && j < inner->length; ++j) {
        const GumboNode* c = child(inner, j);
        if (is_element(c)) {
          first = c;
          break;
        }
        if (c->type == GUMBO_NODE_TEXT) break;
      }
      if (has_tag(first, GUMBO_TAG_INPUT) &&
          ascii_lower(attribute_or(first, "type")) == "checkbox") {
        item.task = attribute(first, "checked") != nullptr;
        break;
      }
      probe = first;
    }
    const GumboVector* inner = children(kid);
    for (unsigned j = 0; inner && j < inner->length; ++j) {
      if (has_tag(child(inner, j), GUMBO_TAG_P)) tight = false;
    }
    if (has_tag(kid, GUMBO_TAG_LI)) {
      collect_blocks(kid, item.blocks, depth, nullptr);
    } else {
      block(kid, item.blocks, depth, nullptr);
    }
    if (item.blocks.empty() && !item.task) continue;
    items.push_back(std::move(item));
  }
  if (items.empty()) return;
  if (element->v.element.tag == GUMBO_TAG_OL) {
    out.push_back(
        {OrderedList{.start = number_attribute(element, "start", 1, -999999999, 999999999),
                     .tight = tight,
                     .items = std::move(items)},
         position_of(element)});
  } else {
    out.push_back({BulletList{.tight = tight, .items = std::move(items)}, position_of(element)});
  }
}

void Converter::definition_list(const GumboNode* element, Blocks& out, int depth,
                                std::vector<Mark>* marks) {
  // Its terms and definitions, also inside the <div>s HTML allows around each pair.
  std::vector<const GumboNode*> parts;
  const GumboVector* kids = children(element);
  for (unsigned i = 0; i < kids->length; ++i) {
    const GumboNode* kid = child(kids, i);
    if (!is_element(kid) || skipped(kid)) continue;
    if (has_tag(kid, GUMBO_TAG_DIV)) {
      const GumboVector* inner = children(kid);
      for (unsigned j = 0; j < inner->length; ++j) {
        if (is_element(child(inner, j)) && !skipped(child(inner, j)))
          parts.push_back(child(inner, j));
      }
    } else {
      parts.push_back(kid);
    }
  }
  // At the top, terms that ask are an interview's questions: kept as paragraphs, marked.
  std::size_t terms = 0, asking = 0;
  for (const GumboNode* part : parts) {
    if (!has_tag(part, GUMBO_TAG_DT)) continue;
    ++terms;
    if (asks_question(collapse_spaces(text_content(part)))) ++asking;
  }
  if (marks && asking >= 2 && asking * 2 >= terms) {
    for (const GumboNode* part : parts) {
      const std::size_t before = out.size();
      if (has_tag(part, GUMBO_TAG_DT)) {
        block(part, out, depth, nullptr);
      } else {
        collect_blocks(part, out, depth, nullptr);
      }
      const Mark mark = has_tag(part, GUMBO_TAG_DT)   ? Mark::term
                        : has_tag(part, GUMBO_TAG_DD) ? Mark::definition
                                                      : Mark::none;
      marks->resize(before, Mark::none);
      marks->resize(out.size(), mark);
    }
    return;
  }
  DefinitionList list;
  for (const GumboNode* part : parts) {
    if (has_tag(part, GUMBO_TAG_DT)) {
      Inlines term = paragraph_inlines(part, depth);
      if (blank_inlines(term)) continue;
      // Two terms for one definition: one term, a line each.
      if (!list.items.empty() && list.items.back().definitions.empty()) {
        Inlines& into = list.items.back().term;
        into.push_back(HardBreak{});
        into.insert(into.end(), std::make_move_iterator(term.begin()),
                    std::make_move_iterator(term.end()));
      } else {
        list.items.push_back({.term = std::move(term)});
      }
      continue;
    }
    Blocks definition;
    collect_blocks(part, definition, depth, nullptr);
    if (definition.empty()) continue;
    if (list.items.empty()) list.items.emplace_back();
    list.items.back().definitions.push_back(std::move(definition));
  }
  if (!list.items.empty()) out.push_back({std::move(list), position_of(element)});
}

}  // namespace html_reader
