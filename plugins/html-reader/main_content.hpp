// Finding the main content of a page and leaving out its chrome.
//
// Two steps. First, what is never content is marked as dropped wherever it is: scripts and
// styles, forms, embedded objects, hidden elements, <nav> and <aside>, and containers whose
// class or id names them as chrome (comments, cookie notices, share buttons, related
// articles, newsletter sign-ups, advertisements, menus and sidebars). Then the main content
// is chosen: the page's <article> (the one with the most text when there are several),
// else <main> or role="main", else the element where the text is densest, scored in the way
// Mozilla's Readability made standard: paragraphs of some length give points to their parent
// and grandparent, commas count, links count against, and class names such as "content" or
// "sidebar" weigh in; paragraphs beside the winner that score well come with it.
#pragma once

#include <gumbo.h>

#include <string>
#include <unordered_set>
#include <vector>

namespace html_reader {

class ClassStyles;

struct MainContent {
  std::vector<const GumboNode*> roots;  // in document order
  std::unordered_set<const GumboNode*> dropped;
  std::vector<std::string> notes;  // what was chosen and what was left out, for -v
};

MainContent find_main_content(const GumboNode* html, const ClassStyles& styles);

// Elements whose content is never text: scripts, styles, templates, embedded objects, forms.
bool is_never_content(const GumboNode* element);

}  // namespace html_reader
