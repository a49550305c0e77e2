// The book's stylesheet: the built-in one, or the user's --css file in its place.
#pragma once

#include <string>
#include <vector>

#include "book.hpp"
#include "govtech/plugin.hpp"

namespace govtech::epub {

inline constexpr const char* kStylesheetHref = "styles/book.css";

// The built-in stylesheet: plain typography that leaves fonts and colours to the reading
// system (so users' own settings and night modes keep working), with enough contrast where
// it sets any.
const std::string& default_stylesheet();

struct BookStylesheet {
  std::string css;
  std::vector<PublicationFile> fonts;  // those its @font-face rules name (see fonts.hpp)
};

// The stylesheet to package: --css FILE if given (an error if it cannot be read or is a
// URL, since an EPUB must carry its stylesheet), with its fonts, else the built-in one.
BookStylesheet book_stylesheet(WriteContext& ctx);

}  // namespace govtech::epub
