// schema.org metadata as JSON-LD, so that search engines understand what a page is.
#pragma once

#include <string>
#include <vector>

#include "govtech/ast.hpp"

namespace html_writer {

// The <script type="application/ld+json"> element describing `docs` (one Article each; the
// interviewee is the article's `about`). Text is escaped so that nothing in the metadata can
// end the script element early.
std::string json_ld_script(const std::vector<const govtech::Document*>& docs,
                           const std::string& language);

}  // namespace html_writer
