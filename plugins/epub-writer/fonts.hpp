// The fonts a user's stylesheet brings: each file an @font-face rule names with url() is
// packaged as fonts/font-NNN.EXT (in order of first use, so names never depend on the
// author's file names) and the url() pointed at it, so the book carries every font it asks for.
#pragma once

#include <string>
#include <vector>

#include "book.hpp"
#include "govtech/plugin.hpp"

namespace govtech::epub {

// Packages the fonts of `css`, the stylesheet read from `css_path` (--css) that the book
// will hold at `css_href`, rewriting its url()s. A relative URL is read relative to the
// stylesheet's folder; a data: URL is left as it is, the font being in the stylesheet already.
// Throws Error(usage), naming the stylesheet and the font, for a remote URL (a book must
// contain its fonts), a file that cannot be read, or one that is not a WOFF2, WOFF, TrueType
// or OpenType font (the font types EPUB 3.3 requires reading systems to support).
std::vector<PublicationFile> package_fonts(std::string& css, const std::string& css_path,
                                           const std::string& css_href, WriteContext& ctx);

}  // namespace govtech::epub
