#include "stylesheet.hpp"

#include <cstdio>

#include "fonts.hpp"
#include "govtech/html_render.hpp"
#include "govtech/text.hpp"

namespace govtech::epub {

const std::string& default_stylesheet() {
  static const std::string css = R"(/* govtech-convert EPUB stylesheet */
body {
  line-height: 1.5;
  margin: 0 1em;
}
h1, h2, h3, h4, h5, h6 {
  line-height: 1.25;
  page-break-after: avoid;
  break-after: avoid;
}
h1 {
  font-size: 1.6em;
  margin: 1em 0 0.5em;
}
h2 {
  font-size: 1.2em;
  margin: 1.5em 0 0.5em;
}
p {
  margin: 0 0 0.75em;
}
blockquote {
  margin: 1em 1.5em;
  font-style: italic;
}
pre, code {
  font-family: monospace;
  font-size: 0.9em;
}
pre {
  white-space: pre-wrap;
  margin: 1em 0;
}
table {
  border-collapse: collapse;
  margin: 1em 0;
}
th, td {
  border: 1px solid currentColor;
  padding: 0.25em 0.5em;
  vertical-align: top;
}
img {
  max-width: 100%;
  height: auto;
}
header {
  margin-bottom: 2em;
}
.titlepage {
  text-align: center;
  margin-top: 3em;
}
.cover {
  text-align: center;
}
.cover img {
  max-height: 95vh;
}
nav ol {
  list-style-type: none;
  padding-inline-start: 1em;
}
)" + std::string(script_stylesheet());
  return css;
}

BookStylesheet book_stylesheet(WriteContext& ctx) {
  if (!ctx.options.has("css")) return {default_stylesheet(), {}};
  std::string path = ctx.options.get("css");
  if (path.find("://") != std::string::npos) {
    throw Error(ErrorKind::usage, "--css '" + path +
                                      "' is a URL, but an EPUB must contain its stylesheet: "
                                      "give a stylesheet file instead");
  }
  std::optional<Resource> css = ctx.user_file ? ctx.user_file(path) : std::nullopt;
  if (!css) throw Error(ErrorKind::usage, "cannot read the stylesheet '" + path + "'");
  // The package declares its stylesheet as UTF-8 text, as EPUB requires.
  if (auto problem = find_invalid_utf8(css->bytes)) {
    char byte[8];
    std::snprintf(byte, sizeof byte, "0x%02X", problem->byte);
    throw Error(ErrorKind::usage, "the stylesheet '" + path + "' is not UTF-8 text: byte " + byte +
                                      " at line " + std::to_string(problem->line) +
                                      ", byte offset " + std::to_string(problem->offset));
  }
  BookStylesheet book{std::move(css->bytes), {}};
  book.fonts = package_fonts(book.css, path, kStylesheetHref, ctx);
  return book;
}

}  // namespace govtech::epub
