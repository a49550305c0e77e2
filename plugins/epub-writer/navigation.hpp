// The navigation documents: nav.xhtml (EPUB 3: table of contents and landmarks) and toc.ncx
// (the same table for EPUB 2 reading systems).
#pragma once

#include <string>

#include "book.hpp"

namespace govtech::epub {

std::string nav_document(const Book& book, const std::string& stylesheet_href);
std::string ncx_document(const Book& book);

}  // namespace govtech::epub
