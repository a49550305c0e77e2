// The book's stylesheet: the built-in one, or the user's --css file in its place.
#pragma once

#include <string>

#include "govtech/plugin.hpp"

namespace govtech::epub {

inline constexpr const char* kStylesheetHref = "styles/book.css";

// The built-in stylesheet: plain typography that leaves fonts and colours to the reading
// system (so users' own settings and night modes keep working), with enough contrast where
// it sets any.
const std::string& default_stylesheet();

// The stylesheet to package: --css FILE if given (an error if it cannot be read or is a
// URL, since an EPUB must carry its stylesheet), else the built-in one.
std::string book_stylesheet(WriteContext& ctx);

}  // namespace govtech::epub
