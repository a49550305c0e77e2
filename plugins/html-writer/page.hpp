// The parts of a standalone page around the rendered article: language, title, description,
// the <head>, the table of contents.
#pragma once

#include <string>
#include <vector>

#include "govtech/ast.hpp"
#include "govtech/plugin.hpp"

namespace html_writer {

// The page's lang: the metadata's language when it is a well-formed BCP 47 tag, else "en"
// with a warning.
std::string page_language(const govtech::Metadata& meta, govtech::Diagnostics& diagnostics);

// The text for <title>: the metadata title, else the interviewee's name or the first heading,
// else the input's file name (with a warning, so the user can set one).
std::string page_title(const govtech::Document& doc, const std::string& file,
                       govtech::Diagnostics& diagnostics);

// The description meta: the metadata's, else the start of the first paragraph.
std::string page_description(const govtech::Document& doc);

// "Contents" in the page's language (English when unknown).
std::string contents_label(const std::string& language);

struct HeadFields {
  std::string language;
  govtech::Direction direction = govtech::Direction::unspecified;  // -M dir=, front matter
  std::string title;
  std::string description;
  std::vector<std::string> authors;
  std::vector<std::string> keywords;
  std::string json_ld;  // a ready <script> element, or empty
};

// "<!DOCTYPE html>" up to and including "<body>": meta tags, the built-in stylesheet, the
// user's stylesheet from --css (linked, or inlined with --embed-resources), the JSON-LD.
std::string page_start(const HeadFields& fields, govtech::WriteContext& ctx);
std::string page_end();

// One entry of a table of contents: link text and target.
struct TocEntry {
  std::string text;
  std::string target;  // an id on the page
  std::vector<TocEntry> children{};
};

// <nav aria-labelledby="toc-title"> with a heading of `heading_level` and a nested ordered list.
std::string toc_nav(const std::vector<TocEntry>& entries, const std::string& language,
                    int heading_level);

}  // namespace html_writer
