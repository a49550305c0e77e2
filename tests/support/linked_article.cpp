#include "linked_article.hpp"

#include <string>
#include <utility>

namespace govtech_test {

using namespace govtech;

namespace {

Block heading(int level, std::string text, std::string id = {}) {
  return Block(Heading{.level = level,
                       .content = {Text{std::move(text)}},
                       .attributes = id.empty() ? Box<Attributes>() : Attributes{.id = id}});
}

Block paragraph(Inlines content, std::uint32_t line) {
  return Block(Paragraph{std::move(content)}, {line, 1});
}

Inline link(std::string url, std::string text) {
  return Link{std::move(url), "", {Text{std::move(text)}}};
}

}  // namespace

Document linked_article() {
  Document doc;
  doc.meta.title = "Measuring water";
  doc.meta.language = "en";
  doc.intro.push_back(paragraph({Text{"How the districts were measured."}}, 1));
  doc.intro.push_back(heading(2, "Method"));
  doc.intro.push_back(paragraph(
      {Text{"See "}, link("#results", "the results"), Text{", "}, link("#sampling", "the sampling"),
       Text{", "}, link("#dry-season", "the dry season"), Text{" and "},
       link("#nowhere", "a lost page"), Text{"."}},
      3));
  doc.intro.push_back(heading(3, "Sampling"));
  doc.intro.push_back(
      paragraph({Text{"Every plant, every week, in the "},
                 Span{Attributes{.id = "dry-season"}, {Text{"dry season"}}}, Text{"."}},
                5));
  doc.intro.push_back(heading(2, "Results", "results"));
  doc.intro.push_back(
      paragraph({Text{"Use fell, as "}, link("#method", "the method"), Text{" predicted."}}, 7));
  doc.intro.push_back(heading(2, "Method"));
  doc.intro.push_back(paragraph(
      {Text{"A second look: back to "}, link("#method-2", "this section"), Text{"."}}, 9));
  return doc;
}

}  // namespace govtech_test
