#include "navigation.hpp"

#include <map>

#include "content_documents.hpp"
#include "govtech/xml.hpp"
#include "localisation.hpp"

namespace govtech::epub {

namespace {

void nav_list(const std::vector<TocEntry>& entries, int depth, std::string& out) {
  std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
  out += indent + "<ol>\n";
  for (const TocEntry& entry : entries) {
    out += indent + "  <li><a href=\"" + xml_escaped(entry.href, true) + "\">";
    append_xml_escaped(out, entry.label);
    out += "</a>";
    if (!entry.children.empty()) {
      out += "\n";
      nav_list(entry.children, depth + 2, out);
      out += indent + "  ";
    }
    out += "</li>\n";
  }
  out += indent + "</ol>\n";
}

int depth_of(const std::vector<TocEntry>& entries) {
  int deepest = 0;
  for (const TocEntry& entry : entries) deepest = std::max(deepest, 1 + depth_of(entry.children));
  return deepest;
}

// NCX play order follows reading order; two points that lead to the same place share one.
class NcxWriter {
 public:
  explicit NcxWriter(std::string& out) : out_(out) {}

  void points(const std::vector<TocEntry>& entries, int depth) {
    std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    for (const TocEntry& entry : entries) {
      auto [found, added] = play_order_.try_emplace(entry.href, play_order_.size() + 1);
      (void)added;
      out_ += indent + "<navPoint id=\"navpoint-" + std::to_string(++count_) + "\" playOrder=\"" +
              std::to_string(found->second) + "\">\n";
      out_ += indent + "  <navLabel><text>";
      append_xml_escaped(out_, entry.label);
      out_ += "</text></navLabel>\n";
      out_ += indent + "  <content src=\"" + xml_escaped(entry.href, true) + "\"/>\n";
      points(entry.children, depth + 1);
      out_ += indent + "</navPoint>\n";
    }
  }

 private:
  std::string& out_;
  std::map<std::string, std::size_t> play_order_;
  int count_ = 0;
};

}  // namespace

std::string nav_document(const Book& book, const std::string& stylesheet_href) {
  const Phrases& words = phrases_for(book.language);
  std::string body;
  body += "<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-heading\">\n";
  body += "<h1 id=\"toc-heading\">";
  append_xml_escaped(body, words.contents);
  body += "</h1>\n";
  nav_list(book.toc, 0, body);
  body += "</nav>\n";
  if (!book.landmarks.empty()) {
    body +=
        "<nav epub:type=\"landmarks\" id=\"landmarks\" aria-labelledby=\"landmarks-heading\" "
        "hidden=\"hidden\">\n";
    body += "<h2 id=\"landmarks-heading\"" + words.own_words_language_mark + ">";
    append_xml_escaped(body, words.landmarks);
    body += "</h2>\n<ol>\n";
    for (const Landmark& landmark : book.landmarks) {
      body += "  <li><a epub:type=\"" + landmark.type + "\" href=\"" +
              xml_escaped(landmark.href, true) + "\"" +
              (landmark.own_words ? words.own_words_language_mark : std::string()) + ">";
      append_xml_escaped(body, landmark.label);
      body += "</a></li>\n";
    }
    body += "</ol>\n</nav>\n";
  }
  return xhtml_page({.title = words.contents,
                     .language = book.language,
                     .direction = book.direction,
                     .stylesheet_href = stylesheet_href,
                     .body = body});
}

std::string ncx_document(const Book& book) {
  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"" +
         xml_escaped(book.language, true) + "\">\n";
  out += "  <head>\n";
  out += "    <meta name=\"dtb:uid\" content=\"" + xml_escaped(book.identifier, true) + "\"/>\n";
  out += "    <meta name=\"dtb:depth\" content=\"" +
         std::to_string(std::max(1, depth_of(book.toc))) + "\"/>\n";
  out += "    <meta name=\"dtb:totalPageCount\" content=\"0\"/>\n";
  out += "    <meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n";
  out += "  </head>\n";
  out += "  <docTitle><text>";
  append_xml_escaped(out, book.meta.title);
  out += "</text></docTitle>\n";
  out += "  <navMap>\n";
  NcxWriter(out).points(book.toc, 2);
  out += "  </navMap>\n";
  out += "</ncx>\n";
  return out;
}

}  // namespace govtech::epub
