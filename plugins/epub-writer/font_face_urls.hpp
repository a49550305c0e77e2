// The url()s of a stylesheet's @font-face rules, found by a tokenizer just careful enough for
// that (CSS Syntax Level 3): comments and strings are skipped, so a url( or an @font-face
// inside either is no reference; url() may be quoted or not, with CSS escapes; local() and
// format() hints are strings, not references. A rule inside @media or @supports counts too.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace govtech::epub {

struct CssUrl {
  std::size_t begin = 0;  // the whole url(...) in the stylesheet, from 'u' to ')'
  std::size_t end = 0;    // one past the ')'
  std::string value;      // the URL, its escapes resolved
};

// In order of appearance. A url( with a space, quote or '(' inside it is no URL and is left
// out, as CSS drops it; the end of the stylesheet closes an open one, as in CSS.
std::vector<CssUrl> font_face_urls(std::string_view css);

}  // namespace govtech::epub
