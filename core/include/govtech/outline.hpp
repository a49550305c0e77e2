// The outline of a document, as every writer names it: stable ids for its questions and
// headings (derived from their text, made unique), and the tree of headings a table of
// contents lists. One home, so that a link to a question or a section finds the same id in the
// HTML page, the EPUB and the DocBook article.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "govtech/ast.hpp"
#include "govtech/export.hpp"
#include "govtech/link_targets.hpp"
#include "govtech/text.hpp"

namespace govtech {

// A heading in a table of contents: its text, the id its element is given, and the headings
// of lower levels that follow it.
struct HeadingOutline {
  const Heading* heading = nullptr;
  std::string text{};
  std::string id{};
  std::vector<HeadingOutline> children{};
};

// The outline of the headings in `blocks` of level `max_level` and above: those at the top
// of the list, not those quoted or inside lists. Each gets an id unique in `used` (from its
// text, as for questions) and nests under the nearest heading before it of a higher level.
GOVTECH_API std::vector<HeadingOutline> heading_outline(const Blocks& blocks, IdSet& used,
                                                        int max_level = 3);
// The same over a document's intro and trailing blocks (all of a text without questions).
GOVTECH_API std::vector<HeadingOutline> heading_outline(const Document& doc, IdSet& used,
                                                        int max_level = 3);
// The same with the ids link_targets() gave the headings, so that the table of contents and
// the links in the text lead to the same elements.
GOVTECH_API std::vector<HeadingOutline> heading_outline(const Document& doc,
                                                        const LinkTargets& targets,
                                                        int max_level = 3);
// The level of the highest heading (the smallest number) among the top of `blocks`, or 0
// when there is none: writers shift levels so that it comes right below the page's title.
GOVTECH_API int top_heading_level(std::span<const Block> blocks);
// For HtmlRenderOptions::heading_id: the ids of an outline's headings (it keeps a copy).
GOVTECH_API std::function<std::string(const Heading&)> heading_ids(
    const std::vector<HeadingOutline>& outline);

// The ids of the question headings, in entry order: stable (derived from the question text,
// made unique) so that links to a question survive re-conversion. The ids "toc" and
// "toc-title" are never used (writers may use them for a table of contents). The second form
// also avoids, and extends, `used`: for pages that hold several interviews.
GOVTECH_API std::vector<std::string> question_ids(const Document& doc);
GOVTECH_API std::vector<std::string> question_ids(const Document& doc, IdSet& used);

}  // namespace govtech
