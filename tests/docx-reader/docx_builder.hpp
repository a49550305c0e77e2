// Word documents made at test time from small XML strings, so that no third-party document is
// ever committed: a builder fills in the parts every .docx needs ([Content_Types].xml, the
// package and document relationships, w:document around the body) and zips them with libzip.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"
#include "govtech/plugin.hpp"

namespace govtech::testing {

using Files = std::vector<std::pair<std::string, std::string>>;  // name, bytes

// A ZIP archive of `files`, deflated unless `stored`; the entry named `encrypted`, if any, is
// encrypted with AES.
std::string zip_files(const Files& files, bool stored = false, const std::string& encrypted = {});

class DocxBuilder {
 public:
  // The inside of w:body (w:p and w:tbl elements), with the usual prefixes declared.
  DocxBuilder& body(std::string xml);
  // The inside of w:styles, w:numbering, w:footnotes, cp:coreProperties.
  DocxBuilder& styles(std::string xml);
  DocxBuilder& numbering(std::string xml);
  DocxBuilder& footnotes(std::string xml);
  DocxBuilder& core(std::string xml);
  // A relationship of word/document.xml (Target relative to word/).
  DocxBuilder& relationship(std::string id, std::string type, std::string target,
                            bool external = false);
  // Any other entry, e.g. "word/media/image1.png".
  DocxBuilder& file(std::string name, std::string bytes);

  Files files() const;
  std::string bytes() const { return zip_files(files()); }

 private:
  std::string body_, styles_, numbering_, footnotes_, core_;
  std::vector<std::string> rels_;
  Files extra_;
};

// Paragraph shorthands: <w:p> with one run of `text`, bold, or in a paragraph style.
std::string p(const std::string& text);
std::string bold_p(const std::string& text);
std::string styled_p(const std::string& style, const std::string& text);

// A GIF of one white pixel, for pictures in a package.
std::string one_pixel_gif();

// The docx reader from the built plugin folder.
const Reader& docx_reader();
// Reads `bytes` as the CLI would; the warnings go to `warnings` when given.
Document read_docx(const std::string& bytes, std::vector<std::string>* warnings = nullptr,
                   const std::vector<std::pair<std::string, std::string>>& options = {});
// The message of the Error reading `bytes` throws (empty when it reads).
std::string docx_error(const std::string& bytes,
                       const std::vector<std::pair<std::string, std::string>>& options = {});

// Text of inlines, with markup shown: **strong**, *emphasis*, ~~strike~~, `code`,
// [text](url), ![alt](src prefix), \n for a break.
std::string show(const Inlines& inlines);
std::string show(const Block& block);

}  // namespace govtech::testing
