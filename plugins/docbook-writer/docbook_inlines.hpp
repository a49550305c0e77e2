// Inline content: text, emphasis, code, links and images inside paragraphs, questions,
// headings and table cells.
#pragma once

#include <pugixml.hpp>

#include "docbook_tree.hpp"
#include "govtech/ast.hpp"

namespace govtech::docbook {

// How line breaks inside inline content come out.
enum class LineMode {
  flowing,      // a paragraph: a soft break is a line end, i.e. white space
  literal,      // inside <literallayout>: hard breaks are line ends, soft breaks spaces
  single_line,  // labels and headings: every break becomes a space
};

void render_inlines(pugi::xml_node parent, const Inlines& inlines, LineMode mode,
                    RenderState& state);

// True if a hard break occurs anywhere in the content, however deep: such text needs
// <literallayout>, the one DocBook element that keeps line ends.
bool contains_hard_break(const Inlines& inlines);

// The image if the content is exactly one image (with at most white space around it), so a
// paragraph can become a block <mediaobject>; nullptr otherwise.
const Image* lone_image(const Inlines& inlines);

// False for an image whose source may not be used: an unsafe URL without --unsafe.
bool image_allowed(const Image& image, const RenderState& state);

// Adds <imageobject><imagedata/></imageobject> and the alt text as a <textobject> to a
// <mediaobject> or <inlinemediaobject>. The image must be allowed (see image_allowed).
void render_image_content(pugi::xml_node media, const Image& image, RenderState& state);

}  // namespace govtech::docbook
