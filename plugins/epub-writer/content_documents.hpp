// The XHTML content documents: cover, title page and the interviews, each a complete page
// with xml:lang and lang, around body content rendered by the core's shared HTML renderer.
#pragma once

#include <string>
#include <vector>

#include "book.hpp"
#include "govtech/html_render.hpp"

namespace govtech::epub {

struct XhtmlPage {
  std::string title{};
  std::string language{};
  Direction direction = Direction::unspecified;  // unspecified: the language's
  std::string stylesheet_href{};                 // relative to the page
  std::string body{};                            // the content of <body>
  std::string body_type{};  // epub:type of <body>, e.g. "bodymatter"; may be empty
};

std::string xhtml_page(const XhtmlPage& page);

// Where content documents live, relative to the package document, and the way back.
inline constexpr const char* kTextFolder = "text/";
inline constexpr const char* kFromText = "../";

struct ContentSettings {
  std::string language;
  Direction direction = Direction::unspecified;  // the book's: -M dir=, else its language's
  std::string stylesheet_href;                   // from a content document
  // One document per question; a text without questions: one per highest section.
  bool split = false;
  // Otherwise a long interview continues in a new document at the first question after this
  // many bytes (calibre splits at 260 KB).
  std::size_t part_bytes = 256 * 1024;
  HtmlRenderOptions render;  // xhtml, unsafe, image_src
};

PublicationFile cover_page(const PublicationFile& cover_image, const std::string& book_title,
                           const ContentSettings& settings);

// The title page: the publication's header (title, interviewee, byline, series, date).
PublicationFile title_page(const Metadata& meta, const ContentSettings& settings);

// The documents of one interview, appended to `files` in reading order, and its entry in the
// table of contents (the interview, with its questions beneath). `stem` names its files
// ("interview", "chapter-02"; "interview-part-002" and on for a long one). With `own_header` the
// interview opens with its full header (a chapter of a collection); otherwise with its title alone
// (the title page has the rest).
TocEntry add_interview(const Document& doc, const std::string& stem, bool own_header,
                       const ContentSettings& settings, Diagnostics& diagnostics,
                       std::vector<PublicationFile>& files);

}  // namespace govtech::epub
