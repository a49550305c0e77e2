#include "docbook_article.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

void render_entry(pugi::xml_node set, const QandA& entry, const std::string& id,
                  RenderState& state) {
  pugi::xml_node item = add_element(set, "qandaentry");
  set_attribute(item, "xml:id", id);
  state.pos = entry.pos;
  pugi::xml_node question = add_element(item, "question");
  add_label(question, entry.question_speaker);
  render_inline_block(question, entry.question, state);

  pugi::xml_node answer = add_element(item, "answer");
  add_label(answer, entry.answer_speaker);
  render_blocks(answer, entry.answer, state);
  // The schema requires a block in an answer: an unanswered question has no <answer>, unless
  // a speaker label must be kept, which then stands before an empty paragraph.
  if (has_element_child(answer, "label")) return;
  if (answer.child("label")) {
    add_element(answer, "para");
  } else {
    item.remove_child(answer);
  }
}

// A section must hold something besides its title.
void close_section(pugi::xml_node section) {
  if (!has_element_child(section, "title")) add_element(section, "para");
}

// A text that is not an interview: each heading opens a <section>, nested by level, which is
// what DocBook means by a heading. The blocks before the first heading stay in the article.
void render_sections(pugi::xml_node article, const Document& doc, RenderState& state) {
  std::vector<std::pair<int, pugi::xml_node>> open;  // level, section
  // A first heading that repeats the title is the article's own title, already in its info:
  // the article takes its id, so that links to it still lead somewhere.
  const Heading* title_heading = doc.intro.empty() ? nullptr : doc.intro.front().as<Heading>();
  if (title_heading &&
      (is_blank(doc.meta.title) ||
       collapse_spaces(plain_text(title_heading->content)) != collapse_spaces(doc.meta.title))) {
    title_heading = nullptr;
  }
  if (title_heading && !article.attribute("xml:id")) {
    set_attribute(article, "xml:id", state.targets->id_of(title_heading));
  }
  for (const Blocks* blocks : {&doc.intro, &doc.trailing}) {
    for (const Block& block : *blocks) {
      const Heading* heading = block.as<Heading>();
      if (heading == title_heading && heading) continue;
      if (!heading) {
        render_block(open.empty() ? article : open.back().second, block, state);
        continue;
      }
      while (!open.empty() && open.back().first >= heading->level) {
        close_section(open.back().second);
        open.pop_back();
      }
      pugi::xml_node section = add_element(open.empty() ? article : open.back().second, "section");
      set_attribute(section, "xml:id", state.targets->id_of(heading));
      render_inlines(add_element(section, "title"), heading->content, LineMode::single_line, state);
      open.emplace_back(heading->level, section);
    }
  }
  for (auto& [level, section] : open) close_section(section);
}

}  // namespace

void render_article(pugi::xml_node article, const Document& doc, RenderState& state) {
  // Ids unique in the whole output (a book of articles); links lead within the article.
  const LinkTargets targets = link_targets(doc, state.ids);
  state.targets = &targets;
  render_info(article, doc.meta, TitleRule::required, state);
  if (doc.is_interview()) {
    render_blocks(article, doc.intro, state);
    pugi::xml_node set = add_element(article, "qandaset");
    // Speaker labels replace the "Q:" / "A:" of this default where an entry has them.
    set_attribute(set, "defaultlabel", "qanda");
    for (std::size_t i = 0; i < doc.entries.size(); ++i) {
      render_entry(set, doc.entries[i], targets.question_ids()[i], state);
    }
    render_blocks(article, doc.trailing, state);
  } else {
    render_sections(article, doc, state);
  }

  // An article must hold at least one block besides its <info>.
  if (!has_element_child(article, "info")) add_element(article, "para");
  state.targets = nullptr;
}

std::string document_language(const Metadata& meta, RenderState& state) {
  const std::string language(trim(xml_safe(meta.language)));
  if (language.empty()) {
    state.diagnostics.warn(
        "the document does not give its language; assuming English (set it with -M lang=...)");
    return "en";
  }
  if (!is_language_tag(language)) {
    state.diagnostics.warn("'" + language +
                           "' is not a language tag such as 'en' or 'fr-CA'; assuming English");
    return "en";
  }
  return language;
}

void report_dropped_raw(RenderState& state) {
  if (state.raw_dropped == 0) return;
  state.diagnostics.warn(std::to_string(state.raw_dropped) +
                         " piece(s) of raw inline HTML left out: DocBook cannot hold them");
  state.raw_dropped = 0;
}

}  // namespace govtech::docbook
