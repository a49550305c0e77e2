#include "page.hpp"

#include <cctype>

#include "govtech/html_render.hpp"
#include "govtech/phrases.hpp"
#include "govtech/text.hpp"
#include "govtech/xml.hpp"
#include "stylesheet.hpp"

namespace html_writer {

using namespace govtech;

namespace {

std::string escaped(std::string_view text) {
  std::string out;
  append_html_escaped(out, text);
  return out;
}

const Paragraph* first_paragraph(const Blocks& blocks) {
  for (const Block& b : blocks) {
    if (const auto* p = b.as<Paragraph>()) return p;
  }
  return nullptr;
}

const Heading* first_heading(const Blocks& blocks) {
  for (const Block& b : blocks) {
    if (const auto* h = b.as<Heading>()) return h;
  }
  return nullptr;
}

// At most `limit` bytes of `text`, cut at a space and marked with an ellipsis when cut.
std::string shortened(const std::string& text, std::size_t limit) {
  if (text.size() <= limit) return text;
  std::size_t cut = text.rfind(' ', limit);
  if (cut == std::string::npos || cut < limit / 2) {
    cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return std::string(trim_end(text.substr(0, cut))) + "\u2026";
}

void append_style_element(std::string& out, std::string_view css) {
  // Inside <style> only "</style" can end the element; a CSS escape keeps its meaning.
  out.append("<style>\n");
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < css.size(); ++i) {
    if (css[i] == '<' && css[i + 1] == '/') {
      out.append(css.substr(start, i - start));
      out.append("<\\/");
      start = i + 2;
      ++i;
    }
  }
  out.append(css.substr(start));
  if (!css.empty() && css.back() != '\n') out.push_back('\n');
  out.append("</style>\n");
}

void append_user_stylesheet(std::string& out, WriteContext& ctx) {
  const std::string css = ctx.options.get("css");
  if (css.empty()) return;
  if (ctx.options.flag("embed-resources")) {
    if (auto file = ctx.user_file(css)) {
      if (auto problem = find_invalid_utf8(file->bytes)) {
        ctx.diagnostics.warn("stylesheet " + file->path + " is not valid UTF-8 (byte " +
                             std::to_string(problem->offset) + "); linking it instead");
      } else {
        append_style_element(out, file->bytes);
        return;
      }
    }
  }
  if (is_unsafe_url(css)) {
    ctx.diagnostics.warn("stylesheet '" + css + "' has an unsafe URL scheme; left out");
    return;
  }
  out.append("<link rel=\"stylesheet\" href=\"");
  append_html_url(out, css);
  out.append("\">\n");
}

}  // namespace

std::string page_language(const Metadata& meta, Diagnostics& diagnostics) {
  const std::string language{trim(meta.language)};
  if (language.empty()) {
    diagnostics.warn(
        "the input does not say its language; marking the page as English (set it with -M "
        "lang=...)");
    return "en";
  }
  if (!is_language_tag(language)) {
    diagnostics.warn("language '" + language +
                     "' is not a language tag such as 'en' or 'fr-CA'; marking the page as "
                     "English");
    return "en";
  }
  return language;
}

std::string page_title(const Document& doc, const std::string& file, Diagnostics& diagnostics) {
  if (!is_blank(doc.meta.title)) return collapse_spaces(doc.meta.title);
  if (!is_blank(doc.meta.interviewee.name)) return collapse_spaces(doc.meta.interviewee.name);
  if (!doc.is_interview()) {
    if (const Heading* h = first_heading(doc.intro)) {
      std::string text = collapse_spaces(plain_text(h->content));
      if (!text.empty()) return text;
    }
  }
  std::string name = file;
  if (auto slash = name.find_last_of('/'); slash != std::string::npos) name.erase(0, slash + 1);
  if (auto dot = name.find_last_of('.'); dot != std::string::npos && dot > 0) name.erase(dot);
  if (name.empty() || name == "-") name = "Untitled";
  if (auto problem = find_invalid_utf8(name)) {
    // Raw in the page, such bytes would make it invalid; replaced, the title would be wrong.
    throw Error(ErrorKind::usage,
                "the input has no title, and its file name, which would be "
                "the title, is not valid UTF-8 (byte offset " +
                    std::to_string(problem->offset) + "): set one with -M title=...");
  }
  diagnostics.warn("the input has no title; using '" + name + "' (set one with -M title=...)");
  return name;
}

std::string page_description(const Document& doc) {
  if (!is_blank(doc.meta.description)) return collapse_spaces(doc.meta.description);
  const Paragraph* p = first_paragraph(doc.intro);
  if (!p && !doc.entries.empty()) p = first_paragraph(doc.entries.front().answer);
  if (!p) return {};
  return shortened(collapse_spaces(plain_text(p->content)), 200);
}

std::string contents_label(const std::string& language) {
  return std::string(phrases_for(language).contents);
}

std::string page_start(const HeadFields& fields, WriteContext& ctx) {
  std::string out;
  out.append("<!DOCTYPE html>\n<html lang=\"" + escaped(fields.language) + "\"");
  if (const std::string_view dir = root_dir(fields.direction, fields.language); !dir.empty())
    out.append(" dir=\"" + std::string(dir) + "\"");
  out.append(">\n<head>\n");
  out.append("<meta charset=\"utf-8\">\n");
  out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  out.append("<title>" + escaped(fields.title) + "</title>\n");
  if (!fields.description.empty()) {
    out.append("<meta name=\"description\" content=\"" + escaped(fields.description) + "\">\n");
  }
  if (!fields.authors.empty()) {
    std::string authors;
    for (const auto& a : fields.authors) authors += (authors.empty() ? "" : ", ") + a;
    out.append("<meta name=\"author\" content=\"" + escaped(authors) + "\">\n");
  }
  if (!fields.keywords.empty()) {
    std::string keywords;
    for (const auto& k : fields.keywords) keywords += (keywords.empty() ? "" : ", ") + k;
    out.append("<meta name=\"keywords\" content=\"" + escaped(keywords) + "\">\n");
  }
  out.append("<meta name=\"generator\" content=\"govtech-convert\">\n");
  append_style_element(out, builtin_stylesheet());
  append_user_stylesheet(out, ctx);
  out.append(fields.json_ld);
  out.append("</head>\n<body>\n");
  return out;
}

std::string page_end() {
  return "</body>\n</html>\n";
}

namespace {

void append_toc_list(std::string& out, const std::vector<TocEntry>& entries) {
  out.append("<ol>\n");
  for (const TocEntry& e : entries) {
    out.append("<li><a href=\"#");
    append_html_url(out, e.target);
    out.append("\">" + escaped(e.text) + "</a>");
    if (!e.children.empty()) {
      out.push_back('\n');
      append_toc_list(out, e.children);
    }
    out.append("</li>\n");
  }
  out.append("</ol>\n");
}

}  // namespace

std::string toc_nav(const std::vector<TocEntry>& entries, const std::string& language,
                    int heading_level) {
  const std::string tag = "h" + std::to_string(heading_level);
  std::string out = "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n";
  out.append("<" + tag + " id=\"toc-title\">" + escaped(contents_label(language)) + "</" + tag +
             ">\n");
  append_toc_list(out, entries);
  out.append("</nav>\n");
  return out;
}

}  // namespace html_writer
