#include "content_documents.hpp"

#include <cstdio>
#include <iterator>
#include <span>

#include "govtech/phrases.hpp"
#include "govtech/text.hpp"
#include "govtech/xml.hpp"
#include "internal_links.hpp"
#include "localisation.hpp"
#include "publication_info.hpp"

namespace govtech::epub {

namespace {

PublicationFile content_file(std::string id, std::string xhtml) {
  return PublicationFile{.id = id,
                         .href = kTextFolder + id + ".xhtml",
                         .media_type = "application/xhtml+xml",
                         .bytes = std::move(xhtml),
                         .in_spine = true};
}

std::string question_label(const QandA& entry, std::size_t number, const Phrases& words) {
  std::string label = collapse_spaces(plain_text(entry.question));
  if (label.empty()) label = words.question + " " + std::to_string(number);
  return label;
}

// "interview-q-001" for a question of its own, "interview-part-002" for a continuation.
std::string numbered(const std::string& stem, const char* kind, std::size_t n) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "-%s-%03zu", kind, n);
  return stem + buffer;
}

// The opening of an interview: its full header, or a heading with its title.
void interview_opening(const Document& doc, bool own_header, const ContentSettings& settings,
                       std::string& body) {
  if (own_header) {
    render_html_header(doc.meta, settings.render, body);
  } else {
    body += "<h1>";
    append_xml_escaped(body, doc.meta.title.empty() ? fallback_title(doc.meta) : doc.meta.title);
    body += "</h1>\n";
  }
}

HtmlRenderOptions offset_by(const HtmlRenderOptions& options, int offset) {
  HtmlRenderOptions shifted = options;
  shifted.heading_offset = offset;
  shifted.no_skipped_headings = true;  // as the shared article rendering does
  return shifted;
}

// The headings' entries, each leading into the document that holds its heading.
std::vector<TocEntry> toc_entries(const std::vector<HeadingOutline>& outline,
                                  const LinkTargets& targets, const InternalLinks& links) {
  std::vector<TocEntry> entries;
  for (const HeadingOutline& heading : outline) {
    const LinkTarget* target = targets.target_of(heading.heading);
    entries.push_back(
        {.label = heading.text.empty() ? "\u2026" : heading.text,
         .href = links.document_of(target ? target->place : TargetPlace{}) + "#" + heading.id,
         .children = toc_entries(heading.children, targets, links)});
  }
  return entries;
}

}  // namespace

std::string xhtml_page(const XhtmlPage& page) {
  std::string lang = xml_escaped(page.language, true);
  const std::string_view dir = root_dir(page.direction, page.language);
  const std::string dir_attribute =
      dir.empty() ? std::string{} : " dir=\"" + std::string(dir) + "\"";
  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n";
  out +=
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
      "xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"" +
      lang + "\" lang=\"" + lang + "\"" + dir_attribute + ">\n";
  out += "<head>\n<meta charset=\"UTF-8\"/>\n<title>";
  append_xml_escaped(out, page.title);
  out += "</title>\n";
  out += "<link rel=\"stylesheet\" type=\"text/css\" href=\"" +
         xml_escaped(page.stylesheet_href, true) + "\"/>\n";
  out += "</head>\n<body";
  if (!page.body_type.empty()) out += " epub:type=\"" + page.body_type + "\"";
  out += ">\n";
  out += page.body;
  out += "</body>\n</html>\n";
  return out;
}

PublicationFile cover_page(const PublicationFile& cover_image, const std::string& book_title,
                           const ContentSettings& settings) {
  const Phrases& words = phrases_for(settings.language);
  std::string body = "<section class=\"cover\">\n<img src=\"" +
                     xml_escaped(kFromText + cover_image.href, true) + "\" alt=\"";
  // An attribute cannot say that half of it is in another language: where "Cover" has no
  // translation, the picture is described by the book's title alone.
  const bool translated = words.own_words_language_mark.empty();
  append_xml_escaped(body, translated ? words.cover + ": " + book_title : book_title, true);
  body += "\" epub:type=\"cover\" role=\"doc-cover\"/>\n</section>\n";
  return content_file("cover", xhtml_page({.title = translated ? words.cover : book_title,
                                           .language = settings.language,
                                           .direction = settings.direction,
                                           .stylesheet_href = settings.stylesheet_href,
                                           .body = body,
                                           .body_type = "frontmatter"}));
}

PublicationFile title_page(const Metadata& meta, const ContentSettings& settings) {
  std::string body = "<section epub:type=\"titlepage\" class=\"titlepage\">\n";
  render_html_header(meta, settings.render, body);
  body += "</section>\n";
  return content_file("title", xhtml_page({.title = meta.title,
                                           .language = settings.language,
                                           .direction = settings.direction,
                                           .stylesheet_href = settings.stylesheet_href,
                                           .body = body,
                                           .body_type = "frontmatter"}));
}

TocEntry add_interview(const Document& doc, const std::string& stem, bool own_header,
                       const ContentSettings& given_settings, Diagnostics& diagnostics,
                       std::vector<PublicationFile>& files) {
  // Notes wait until the content document that references them ends, and are placed there:
  // a reading system shows a footnote only from its own document.
  HtmlNotes notes{.id_prefix = stem + "-note"};
  ContentSettings settings = given_settings;
  settings.render.notes = &notes;
  // Each interview is a document set of its own: its ids need be unique only within it, and
  // its links lead within it, to whichever of its documents holds the target.
  const LinkTargets targets = link_targets(doc);
  InternalLinks links;
  settings.render.targets = &targets;
  settings.render.target_href = [&links](const LinkTarget& target) { return links.marker(target); };
  const std::size_t first_file = files.size();
  // A chapter of a collection keeps its own language and direction (its documents say so);
  // a language that is no tag would make lang invalid, so such a chapter keeps the book's.
  const std::string own_language{trim(doc.meta.language)};
  const bool own = own_header && !own_language.empty() && is_language_tag(own_language) &&
                   own_language != settings.language;
  const std::string language = own ? own_language : settings.language;
  const Direction direction = own ? document_direction(doc.meta) : settings.direction;
  const Phrases& words = phrases_for(language);
  settings.render.language = language;
  std::string title = doc.meta.title.empty() ? fallback_title(doc.meta) : doc.meta.title;
  const std::vector<std::string>& ids = targets.question_ids();
  HtmlRenderOptions under_title = offset_by(settings.render, 1);
  auto page = [&](std::string page_title, std::string body) {
    render_html_notes(notes, settings.render, diagnostics, body);
    return xhtml_page({.title = std::move(page_title),
                       .language = language,
                       .direction = direction,
                       .stylesheet_href = settings.stylesheet_href,
                       .body = std::move(body),
                       .body_type = "bodymatter"});
  };
  auto add_file = [&](std::string id, TargetPlace from, std::string xhtml) {
    files.push_back(content_file(std::move(id), std::move(xhtml)));
    links.starts(from, files.back().href);
  };
  auto finish = [&](TocEntry toc) {
    links.resolve(std::span(files).subspan(first_file));
    return toc;
  };

  TocEntry toc{.label = title, .href = kTextFolder + stem + ".xhtml"};
  // The opening shows the title as <h1>: a text that starts with the same level-1 heading
  // would repeat it, so that heading is left out and what follows goes on beneath the opening.
  std::span<const Block> intro = doc.intro;
  const Heading* repeated = intro.empty() ? nullptr : intro.front().as<Heading>();
  if (repeated && repeated->level == 1 &&
      collapse_spaces(plain_text(repeated->content)) == collapse_spaces(title)) {
    intro = intro.subspan(1);
  } else {
    repeated = nullptr;
  }
  std::vector<HeadingOutline> outline;
  if (doc.entries.empty()) {
    // Not an interview: the navigation lists its headings instead of questions, those under
    // a repeated title heading directly under the title.
    outline = heading_outline(doc, targets);
    if (!outline.empty() && outline.front().heading == repeated) {
      std::vector<HeadingOutline> lifted = std::move(outline.front().children);
      lifted.insert(lifted.end(), std::make_move_iterator(outline.begin() + 1),
                    std::make_move_iterator(outline.end()));
      outline = std::move(lifted);
    }
    under_title.heading_id = heading_ids(outline);
  }
  // The chapter carries the id of a heading it stands for, so that links to it still lead here.
  std::string body = "<section epub:type=\"chapter\" role=\"doc-chapter\" class=\"interview\"";
  if (const LinkTarget* target = repeated ? targets.target_of(repeated) : nullptr;
      target && (target->linked || !repeated->attributes->id.empty())) {
    body += " id=\"";
    append_html_escaped(body, targets.id_of(repeated));
    body += "\"";
  }
  body += ">\n";
  interview_opening(doc, own_header, settings, body);
  // One <h1> a document: the text's highest headings come right beneath the title.
  HtmlRenderOptions intro_options = under_title;
  if (const int top = top_heading_level(intro); top != 0) {
    intro_options.heading_offset = 2 - top;
    intro_options.previous_heading = 1;
  }
  const TargetPlace start{.area = TargetPlace::Area::intro, .index = 0};

  if (settings.split && doc.entries.empty()) {
    // A text without questions: one document for each of its highest sections.
    const std::size_t skipped = doc.intro.size() - intro.size();
    const int top = top_heading_level(intro);
    auto section_starts = [&](std::size_t i) {
      const Heading* h = intro[i].as<Heading>();
      return h && h->level == top;
    };
    std::size_t i = 0;
    while (i < intro.size() && !section_starts(i)) ++i;
    render_html_blocks(intro.first(i), intro_options, diagnostics, body);
    body += "</section>\n";
    add_file(stem, start, page(title, std::move(body)));
    std::size_t number = 0;
    while (i < intro.size()) {
      std::size_t end = i + 1;
      while (end < intro.size() && !section_starts(end)) ++end;
      std::string part;
      render_html_blocks(intro.subspan(i, end - i), intro_options, diagnostics, part);
      if (end == intro.size()) render_html_blocks(doc.trailing, under_title, diagnostics, part);
      std::string label = collapse_spaces(plain_text(intro[i].as<Heading>()->content));
      add_file(numbered(stem, "section", ++number),
               {.area = TargetPlace::Area::intro, .index = skipped + i},
               page(label.empty() ? title : label, std::move(part)));
      i = end;
    }
    toc.children = toc_entries(outline, targets, links);
    return finish(std::move(toc));
  }

  render_html_blocks(intro, intro_options, diagnostics, body);
  if (!settings.split || doc.entries.empty()) {
    // Reading systems slow down on long content documents, and some refuse them, so a long
    // interview goes on in further documents, each begun at a question once the one before
    // has reached settings.part_bytes.
    std::string id = stem;
    TargetPlace from = start;
    std::size_t part = 1;
    for (std::size_t i = 0; i < doc.entries.size(); ++i) {
      if (body.size() >= settings.part_bytes) {
        if (part == 1) body += "</section>\n";
        add_file(id, from, page(title, std::move(body)));
        body.clear();
        id = numbered(stem, "part", ++part);
        from = {.area = TargetPlace::Area::entry, .index = i};
      }
      render_html_entry(doc.entries[i], ids[i], settings.render, diagnostics, body);
      toc.children.push_back(
          {question_label(doc.entries[i], i + 1, words), kTextFolder + id + ".xhtml#" + ids[i]});
    }
    render_html_blocks(doc.trailing, under_title, diagnostics, body);
    if (part == 1) body += "</section>\n";
    add_file(id, from, page(title, std::move(body)));
    if (doc.entries.empty()) toc.children = toc_entries(outline, targets, links);
    return finish(std::move(toc));
  }

  body += "</section>\n";
  add_file(stem, start, page(title, std::move(body)));
  for (std::size_t i = 0; i < doc.entries.size(); ++i) {
    std::string label = question_label(doc.entries[i], i + 1, words);
    std::string part;
    render_html_entry(doc.entries[i], ids[i], settings.render, diagnostics, part);
    // What follows the last answer (a closing note, a biography) ends the last document.
    if (i + 1 == doc.entries.size())
      render_html_blocks(doc.trailing, under_title, diagnostics, part);
    add_file(numbered(stem, "q", i + 1), {.area = TargetPlace::Area::entry, .index = i},
             page(label, std::move(part)));
    toc.children.push_back({label, files.back().href});
  }
  return finish(std::move(toc));
}

}  // namespace govtech::epub
