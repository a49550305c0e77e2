// HTML rendering of the document tree, shared by the HTML and EPUB writers (plugins never
// link to each other, so the piece both need lives here).
//
// It renders body content only: the interview article (its header and Q&A sections) and the
// blocks and inlines inside it. Page wrappers (<html>, <head>, the EPUB package) belong to
// each writer. Output is always well-formed: text and attributes are escaped, characters XML
// forbids are dropped, and in XHTML mode void elements are self-closed.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"
#include "govtech/export.hpp"
#include "govtech/link_targets.hpp"
#include "govtech/outline.hpp"
#include "govtech/plugin.hpp"
#include "govtech/text.hpp"

namespace govtech {

struct HtmlNotes;

struct HtmlRenderOptions {
  // XHTML serialisation (EPUB content documents): `<br/>`, `<img .../>`, no HTML-only
  // constructs. Otherwise HTML5 as the CommonMark reference renderer writes it (`<br />`).
  bool xhtml = false;
  // Emit raw HTML nodes and keep links whose scheme is unsafe (--unsafe). Off by default:
  // raw HTML is dropped and unsafe URLs neutralised, each with a warning naming the line.
  bool unsafe = false;
  // Added to every heading level inside the content (and capped at 6), so that headings in
  // an answer nest under the question's <h2>. For render_html_header / _entry / _article it
  // shifts the article itself: 0 puts the title in <h1> and questions in <h2>; a collection
  // page passes 1 so that each interview sits beneath the page's own <h1>.
  int heading_offset = 0;
  // Never let a heading skip a level: each heading is at most one level below the previous
  // one rendered in the same call (the first at most heading_offset + 1). Off for fragments,
  // which must keep the author's levels as the CommonMark reference renderer does; the
  // article functions always turn it on for the content they render.
  bool no_skipped_headings = false;
  // Where an image's src goes in the output. Return the new src (e.g. the image's path inside
  // an EPUB), or nothing to render the image's alt text in its place. Unset: src as written.
  std::function<std::optional<std::string>(const Image&)> image_src;
  // The heading render_html_header gives an article whose metadata has neither a title nor
  // an interviewee's name (a page's title, say). Empty: no heading.
  std::string fallback_title{};
  // The id a heading's element carries, or empty for none. Unset: no ids. A table of
  // contents sets it with heading_ids() so that its links have somewhere to go.
  std::function<std::string(const Heading&)> heading_id{};
  // For no_skipped_headings when the blocks continue a page: the level of the heading
  // rendered just before them.
  int previous_heading = 0;
  // Where notes go. Set, the references are numbered on from it and the notes wait in it
  // until render_html_notes() places them (the end of a page or content document); unset,
  // each render_html_blocks / _inlines / _article call places its own notes at its end.
  HtmlNotes* notes = nullptr;
  // The content's language (the document's): the quotation marks of a Quoted come from it,
  // or from the language of the Division or Span around it.
  std::string language{};
  // The document's ids and link targets (link_targets()). Set, headings, spans, divisions and
  // figures carry the ids it gives them, and a link to `#fragment` leads to its target or,
  // when nothing carries that id, becomes its text with a warning. Unset: the authors' ids
  // and every link as written.
  const LinkTargets* targets = nullptr;
  // With targets: the href of a link to a target, written as it is (escaped already): a split
  // EPUB names the file that holds the target. Unset: "#" and the target's id.
  std::function<std::string(const LinkTarget&)> target_href{};
  // With targets: a link to a fragment nothing in the document carries stays as written (a
  // fragment for a page that may hold the target) instead of becoming its text.
  bool keep_missing_targets = false;
};

// Notes referenced but not yet placed, in order, and how many a page has numbered so far.
struct HtmlNotes {
  std::string id_prefix = "fn";   // note N is <prefix>-N, its reference <prefix>ref-N
  std::string heading = "Notes";  // the HTML notes section's heading (phrases_for(lang).notes)
  int numbered = 0;
  std::vector<std::pair<int, const Note*>> pending{};
};

// Places the pending notes (and the notes inside them) and empties `notes`: in HTML a
// <section role="doc-endnotes"> list, in XHTML (EPUB) one <aside epub:type="footnote"> each,
// so that a reading system can show each note where it is referenced.
void render_html_notes(HtmlNotes& notes, const HtmlRenderOptions& options, Diagnostics& diagnostics,
                       std::string& out);

// Appends ` id="…" class="…" lang="…" dir="…"` for the attributes that are set (in XHTML
// `xml:lang` too).
void append_html_attributes(std::string& out, const Attributes& attributes, bool xhtml);

// Renders blocks / inlines, appending to `out`. `diagnostics` receives warnings (raw HTML
// dropped, unsafe URL neutralised, image without alt text).
void render_html_blocks(std::span<const Block> blocks, const HtmlRenderOptions& options,
                        Diagnostics& diagnostics, std::string& out);
void render_html_inlines(const Inlines& inlines, const HtmlRenderOptions& options,
                         Diagnostics& diagnostics, std::string& out);

// Escaping for HTML text and double-quoted attribute values as the CommonMark reference
// renderer does it (& < > " become entities). Also drops what HTML and XML forbid in text:
// control characters other than tab and line ends, and Unicode noncharacters.
void append_html_escaped(std::string& out, std::string_view text);
// A URL for an href or src attribute: characters outside the URL-safe set are percent-encoded
// (an existing %XX is kept), & and ' become entities.
void append_html_url(std::string& out, std::string_view url);

// The interview's <header>: title, subtitle, the interviewee with role, unit, organisation
// and country, the byline, the series and the date (in <time> when it is ISO 8601).
void render_html_header(const Metadata& meta, const HtmlRenderOptions& options, std::string& out);

// One Q&A entry as a <section> whose question is an <h2 id="..."> (with speaker labels where
// present) followed by the answer's blocks.
void render_html_entry(const QandA& entry, const std::string& id, const HtmlRenderOptions& options,
                       Diagnostics& diagnostics, std::string& out);

// The whole <article>: header, `after_header` (ready-made markup such as a table of contents),
// intro blocks, every entry, trailing blocks, and a footer with the rights statement. `ids`
// are the question ids (question_ids(doc) when empty); `article_id`, when given, becomes the
// article's id (a page holding several interviews links to each).
void render_html_article(const Document& doc, const HtmlRenderOptions& options,
                         Diagnostics& diagnostics, std::string& out,
                         std::string_view after_header = {},
                         const std::vector<std::string>& ids = {},
                         std::string_view article_id = {});
// The same, handed to `sink` a few entries at a time rather than appended to a string, so that
// the markup of a long interview is never held whole.
void render_html_article(const Document& doc, const HtmlRenderOptions& options,
                         Diagnostics& diagnostics, Sink& sink, std::string_view after_header = {},
                         const std::vector<std::string>& ids = {},
                         std::string_view article_id = {});

// Stylesheet rules per script, for both writers' stylesheets: a system font stack for CJK,
// Arabic, Hebrew, Devanagari and Thai text, emphasis without fake italics in scripts that have
// none, and CJK and Thai line breaking. Keyed by :lang(), so they follow each element's lang.
std::string_view script_stylesheet();

}  // namespace govtech
