// What a page says about itself, most specific first: schema.org JSON-LD (Article,
// NewsArticle, BlogPosting, Report, an Interview type), then OpenGraph and Twitter cards,
// then <meta name="author|description|keywords">, then <title>; <html lang> for the language.
// Also what reading the body needs from the head: <base href>, the class rules of the
// page's <style> elements, and whether the page is this project's own HTML writer's output.
#pragma once

#include <gumbo.h>

#include <string>
#include <vector>

#include "govtech/ast.hpp"
#include "styles.hpp"

namespace html_reader {

struct PageInfo {
  govtech::Metadata meta;
  std::string base;          // <base href>, empty when none
  bool own_writer = false;   // <meta name="generator" content="govtech-convert">
  bool google_docs = false;  // a Google Docs export: its title paragraph is the headline
  std::string charset;       // <meta charset> as parsed, for the encoding check
  ClassStyles styles;
  std::vector<std::string> notes;  // where the metadata came from, for -v
};

PageInfo read_page_info(const GumboNode* html);

// "Name | Site", "Name - Site": the name, when the rest is the site's name.
std::string without_site_name(const std::string& title, const std::string& site);

// The page's headline when the title element is it and a site's name after a separator
// ("Episode 31 | The Service Desk podcast" over <h1>Episode 31</h1>); else the title.
std::string headline_title(const std::string& title, std::string_view headline);

}  // namespace html_reader
