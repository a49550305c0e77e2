#include "docbook_article.hpp"

#include <string>

#include "docbook_blocks.hpp"
#include "docbook_info.hpp"
#include "docbook_inlines.hpp"
#include "govtech/text.hpp"
#include "govtech/xml.hpp"

namespace govtech::docbook {

namespace {

void add_label(pugi::xml_node parent, const std::string& speaker) {
  const std::string label(trim(xml_safe(speaker)));
  if (!label.empty()) add_text_element(parent, "label", label);
}

void render_entry(pugi::xml_node set, const QandA& entry, RenderState& state) {
  pugi::xml_node item = add_element(set, "qandaentry");
  pugi::xml_node question = add_element(item, "question");
  add_label(question, entry.question_speaker);
  render_inline_block(question, entry.question, state);

  pugi::xml_node answer = add_element(item, "answer");
  add_label(answer, entry.answer_speaker);
  render_blocks(answer, entry.answer, state);
  // The schema requires a block in an answer: an unanswered question has no <answer>, unless
  // a speaker label must be kept, which then stands before an empty paragraph.
  bool has_block = false;
  for (pugi::xml_node child = answer.first_child(); child; child = child.next_sibling()) {
    has_block = has_block ||
                (child.type() == pugi::node_element && std::string_view(child.name()) != "label");
  }
  if (has_block) return;
  if (answer.child("label")) {
    add_element(answer, "para");
  } else {
    item.remove_child(answer);
  }
}

}  // namespace

void render_article(pugi::xml_node article, const Document& doc, RenderState& state) {
  render_info(article, doc.meta, TitleRule::required, state);
  render_blocks(article, doc.intro, state);
  if (doc.is_interview()) {
    pugi::xml_node set = add_element(article, "qandaset");
    // Speaker labels replace the "Q:" / "A:" of this default where an entry has them.
    set_attribute(set, "defaultlabel", "qanda");
    for (const QandA& entry : doc.entries) render_entry(set, entry, state);
  }
  render_blocks(article, doc.trailing, state);

  // An article must hold at least one block besides its <info>.
  bool has_block = false;
  for (pugi::xml_node child = article.first_child(); child; child = child.next_sibling()) {
    has_block = has_block ||
                (child.type() == pugi::node_element && std::string_view(child.name()) != "info");
  }
  if (!has_block) add_element(article, "para");
}

std::string document_language(const Metadata& meta, RenderState& state) {
  const std::string language(trim(xml_safe(meta.language)));
  if (!language.empty()) return language;
  state.diagnostics.warn(
      "the document does not give its language; assuming English (set it with -M lang=...)");
  return "en";
}

void report_dropped_raw(RenderState& state) {
  if (state.raw_dropped == 0) return;
  state.diagnostics.warn(std::to_string(state.raw_dropped) +
                         " piece(s) of raw inline HTML left out: DocBook cannot hold them");
  state.raw_dropped = 0;
}

}  // namespace govtech::docbook
