// The state of one HTML rendering call, shared by the block/inline renderer and the article
// renderer (private to the core library).
#pragma once

#include <span>
#include <string>

#include "govtech/html_render.hpp"

namespace govtech::html_detail {

struct Renderer {
  const HtmlRenderOptions& options;
  Diagnostics& diagnostics;
  std::string& out;
  SourcePos pos{};       // the block being rendered: inlines have no position of their own
  int last_heading = 0;  // the level of the last heading, for options.no_skipped_headings
  bool in_link = false;
  std::string prefix{};        // markup to put at the start of the next paragraph (a speaker label)
  HtmlNotes* notes = nullptr;  // where note references are numbered and their notes wait
  // The language of a Division or Span being rendered, when it names one: its quotations take
  // that language's marks. Empty: options.language.
  std::string_view language{};
  std::string_view current_language() const {
    return language.empty() ? std::string_view(options.language) : language;
  }

  // An element's attributes with the id options.targets gives it: where its author gave one,
  // or where a link leads to it.
  Attributes attributes_of(const void* node, const Attributes& given) const;
  void cr();  // a line break unless the output already ends with one
  void void_end();
  void blocks(std::span<const Block> list, bool tight);
  void block(const Block& b, bool tight);
  void paragraph(const Inlines& content, bool tight);
  void heading(const Heading& h);
  void code_block(const CodeBlock& code);
  void items(const std::vector<ListItem>& list, bool tight);
  void task_item(const ListItem& item, bool tight);
  void table(const Table& t);
  void inlines(const Inlines& list);
  void inline_node(const Inline& node);
  void wrapped(const char* tag, const Inlines& children);
  void link(const Link& l);
  void image(const Image& img);
  void alt_text(const Inlines& list);
  void note_reference(const Note& note);
  void figure(const Figure& f);
  void definition_list(const DefinitionList& list);
  void quoted(const Quoted& q);
  // Runs `render` with `attributes`' language, if it names one, as the current language.
  template <class F>
  void in_language(const Attributes& attributes, F render) {
    const std::string_view outer = language;
    if (!attributes.language.empty()) language = attributes.language;
    render();
    language = outer;
  }
};

// Runs `render` with a Renderer whose notes go to options.notes, or, when that is unset, to
// notes of its own placed after what `render` wrote.
template <class F>
void with_notes(const HtmlRenderOptions& options, Diagnostics& diagnostics, std::string& out,
                F render) {
  if (options.notes) {
    render(options.notes);
    return;
  }
  HtmlNotes own;
  render(&own);
  if (!own.pending.empty()) render_html_notes(own, options, diagnostics, out);
}

}  // namespace govtech::html_detail
