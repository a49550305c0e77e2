// One document as a DocBook <article>: its <info>, the intro, the interview as a <qandaset>,
// and the closing blocks.
#pragma once

#include <pugixml.hpp>

#include "docbook_tree.hpp"
#include "govtech/ast.hpp"

namespace govtech::docbook {

// Fills `article` (an empty <article> element) with the document.
void render_article(pugi::xml_node article, const Document& doc, RenderState& state);

// The language for xml:lang: the document's, else "en" with a warning.
std::string document_language(const Metadata& meta, RenderState& state);

// Reports the raw HTML left out of the inline content, once per conversion.
void report_dropped_raw(RenderState& state);

}  // namespace govtech::docbook
