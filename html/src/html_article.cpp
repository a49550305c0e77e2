// The interview as HTML: the article's header, one section per question, the question ids.
#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>

#include "govtech/html_render.hpp"
#include "govtech/phrases.hpp"
#include "govtech/text.hpp"
#include "html_renderer.hpp"

namespace govtech {

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() &&
         std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

int number(std::string_view s) {
  int n = 0;
  for (char c : s) n = n * 10 + (c - '0');
  return n;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// HH:MM, HH:MM:SS or HH:MM:SS.fff, as HTML's time strings allow.
bool valid_time(std::string_view t) {
  if (t.size() < 5 || t[2] != ':' || !all_digits(t.substr(0, 2)) || !all_digits(t.substr(3, 2)))
    return false;
  if (number(t.substr(0, 2)) > 23 || number(t.substr(3, 2)) > 59) return false;
  if (t.size() == 5) return true;
  if (t[5] != ':' || t.size() < 8 || !all_digits(t.substr(6, 2)) || number(t.substr(6, 2)) > 59)
    return false;
  if (t.size() == 8) return true;
  return t[8] == '.' && t.size() <= 12 && all_digits(t.substr(9));
}

// The forms of ISO 8601 that HTML's datetime attribute accepts and that metadata uses: a
// year, a month, a date, or a date and time with an optional Z or offset.
bool is_html_datetime(std::string_view d) {
  if (d.size() < 4 || !all_digits(d.substr(0, 4)) || number(d.substr(0, 4)) == 0) return false;
  if (d.size() == 4) return true;
  if (d[4] != '-' || d.size() < 7 || !all_digits(d.substr(5, 2))) return false;
  const int year = number(d.substr(0, 4));
  const int month = number(d.substr(5, 2));
  if (month < 1 || month > 12) return false;
  if (d.size() == 7) return true;
  if (d[7] != '-' || d.size() < 10 || !all_digits(d.substr(8, 2))) return false;
  const int day = number(d.substr(8, 2));
  if (day < 1 || day > days_in_month(year, month)) return false;
  if (d.size() == 10) return true;
  if (d[10] != 'T' && d[10] != ' ') return false;
  std::string_view time = d.substr(11);
  if (time.ends_with('Z')) {
    time.remove_suffix(1);
  } else if (time.size() > 6 && (time[time.size() - 6] == '+' || time[time.size() - 6] == '-')) {
    std::string_view zone = time.substr(time.size() - 5);
    if (zone[2] != ':' || !all_digits(zone.substr(0, 2)) || !all_digits(zone.substr(3)) ||
        number(zone.substr(0, 2)) > 23 || number(zone.substr(3)) > 59)
      return false;
    time.remove_suffix(6);
  }
  return valid_time(time);
}

void tagged_text(std::string& out, const char* tag, const char* css_class, std::string_view text) {
  out.append("<");
  out.append(tag);
  out.append(" class=\"");
  out.append(css_class);
  out.append("\">");
  append_html_escaped(out, text);
  out.append("</");
  out.append(tag);
  out.append(">");
}

// A name or title printed inline, isolated with dir="auto": a Latin name in an Arabic byline
// (or the reverse) keeps its own order and does not reorder the commas around it.
void isolated_text(std::string& out, const char* css_class, std::string_view text) {
  out.append("<span class=\"");
  out.append(css_class);
  out.append("\" dir=\"auto\">");
  append_html_escaped(out, text);
  out.append("</span>");
}

std::string heading_tag(int level) {
  return "h" + std::to_string(std::clamp(level, 1, 6));
}

}  // namespace

void render_html_header(const Metadata& meta, const HtmlRenderOptions& options, std::string& out) {
  out.append("<header>\n");
  std::string_view title = !meta.title.empty() ? meta.title : meta.interviewee.name;
  if (is_blank(meta.title) && is_blank(meta.interviewee.name) && !options.fallback_title.empty()) {
    title = options.fallback_title;
  }
  if (!title.empty()) {
    const std::string tag = heading_tag(1 + options.heading_offset);
    out.append("<" + tag + ">");
    append_html_escaped(out, title);
    out.append("</" + tag + ">\n");
  }
  if (!meta.subtitle.empty()) {
    tagged_text(out, "p", "subtitle", meta.subtitle);
    out.push_back('\n');
  }
  const Person& who = meta.interviewee;
  if (!who.empty()) {
    out.append("<p class=\"interviewee\">");
    bool first = true;
    for (auto [css_class, value] :
         {std::pair{"name", &who.name}, std::pair{"role", &who.role}, std::pair{"unit", &who.unit},
          std::pair{"organisation", &who.organisation}, std::pair{"country", &who.country}}) {
      if (value->empty()) continue;
      if (!first) out.append(", ");
      first = false;
      isolated_text(out, css_class, *value);
    }
    out.append("</p>\n");
  }
  if (!meta.authors.empty()) {
    // "By A, B and C" in the document's language, from the shared phrase table.
    const Phrases& words = phrases_for(meta.language);
    out.append("<p class=\"byline\">");
    if (!words.by_capitalised.empty()) {
      out.append(words.by_capitalised);
      out.push_back(' ');
    }
    for (std::size_t i = 0; i < meta.authors.size(); ++i) {
      if (i > 0) {
        if (i + 1 == meta.authors.size()) {
          out.append(words.and_joiner);
        } else {
          out.append(", ");
        }
      }
      isolated_text(out, "author", meta.authors[i]);
    }
    out.append("</p>\n");
  }
  if (!meta.series.empty()) {
    tagged_text(out, "p", "series", meta.series);
    out.push_back('\n');
  }
  if (!meta.date.empty()) {
    out.append("<p class=\"date\">");
    if (is_html_datetime(meta.date)) {
      out.append("<time datetime=\"");
      append_html_escaped(out, meta.date);
      out.append("\">");
      append_html_escaped(out, meta.date);
      out.append("</time>");
    } else {
      append_html_escaped(out, meta.date);
    }
    out.append("</p>\n");
  }
  out.append("</header>\n");
}

void render_html_entry(const QandA& entry, const std::string& id, const HtmlRenderOptions& options,
                       Diagnostics& diagnostics, std::string& out) {
  const int question_level = std::clamp(2 + options.heading_offset, 1, 6);
  const std::string tag = heading_tag(question_level);
  std::string escaped_id;
  append_html_escaped(escaped_id, id);
  out.append("<section aria-labelledby=\"" + escaped_id + "\">\n");
  out.append("<" + tag + " id=\"" + escaped_id + "\">");
  if (!entry.question_speaker.empty()) {
    out.append("<span class=\"speaker\">");
    append_html_escaped(out, entry.question_speaker);
    out.append(":</span> ");
  }
  HtmlRenderOptions content = options;
  content.heading_offset = question_level;
  content.no_skipped_headings = true;
  html_detail::with_notes(content, diagnostics, out, [&](HtmlNotes* notes) {
    html_detail::Renderer r{content, diagnostics, out};
    r.notes = notes;
    r.pos = entry.pos;
    if (is_blank(plain_text(entry.question)) && entry.question_speaker.empty()) {
      diagnostics.warn("empty question", entry.pos);
      out.append("\u2026");  // a heading must not be empty
    } else {
      r.inlines(entry.question);
    }
    out.append("</" + tag + ">\n");
    if (!entry.answer_speaker.empty()) {
      std::string label = "<span class=\"speaker\">";
      append_html_escaped(label, entry.answer_speaker);
      label.append(":</span> ");
      if (!entry.answer.empty() && entry.answer.front().kind() == BlockKind::paragraph) {
        r.prefix = std::move(label);
      } else {
        label.pop_back();
        out.append("<p>" + label + "</p>\n");
      }
    }
    r.last_heading = question_level;
    r.blocks(entry.answer, false);
  });
  out.append("</section>\n");
}

namespace {

// Renders the article into `out`; with a sink, hands `out` over whenever it has grown past a
// chunk, so that only a chunk is held at a time.
void render_article(const Document& doc, const HtmlRenderOptions& options, Diagnostics& diagnostics,
                    std::string& out, Sink* sink, std::string_view after_header,
                    const std::vector<std::string>& ids, std::string_view article_id) {
  constexpr std::size_t kChunk = 1 << 16;
  auto hand_over = [&](std::size_t at_least) {
    if (sink && !out.empty() && out.size() >= at_least) {
      sink->write(out);
      out.clear();
    }
  };
  const std::vector<std::string> own_ids = ids.empty() ? question_ids(doc) : ids;
  if (article_id.empty()) {
    out.append("<article>\n");
  } else {
    // One of many on a page (a collection): each interview keeps its own language and
    // direction, as a screen reader needs to switch voices.
    out.append("<article id=\"");
    append_html_escaped(out, article_id);
    out.push_back('"');
    const std::string language{trim(doc.meta.language)};
    if (!language.empty() && is_language_tag(language)) {
      out.append(" lang=\"");
      append_html_escaped(out, language);
      out.push_back('"');
      if (const std::string_view dir = root_dir(doc.meta.direction, language); !dir.empty())
        out.append(" dir=\"" + std::string(dir) + "\"");
    }
    out.append(">\n");
  }
  render_html_header(doc.meta, options, out);
  out.append(after_header);

  // The article's notes are placed at its end, numbered on from the page's when it has some.
  // Ids start from the article's own, so that the notes of several articles on one page differ.
  HtmlNotes own_notes{
      .id_prefix = article_id.empty() ? std::string("fn") : std::string(article_id) + "-fn",
      .heading = std::string(phrases_for(doc.meta.language).notes)};
  HtmlRenderOptions entry_options = options;
  if (!entry_options.notes) entry_options.notes = &own_notes;
  if (!doc.meta.language.empty()) entry_options.language = doc.meta.language;
  HtmlRenderOptions body = entry_options;
  body.heading_offset = std::clamp(1 + options.heading_offset, 0, 5);
  body.no_skipped_headings = true;
  render_html_blocks(doc.intro, body, diagnostics, out);
  for (std::size_t i = 0; i < doc.entries.size(); ++i) {
    render_html_entry(doc.entries[i], own_ids.at(i), entry_options, diagnostics, out);
    hand_over(kChunk);
  }
  render_html_blocks(doc.trailing, body, diagnostics, out);
  render_html_notes(*entry_options.notes, body, diagnostics, out);
  if (!doc.meta.rights.empty()) {
    out.append("<footer>\n");
    tagged_text(out, "p", "rights", doc.meta.rights);
    out.append("\n</footer>\n");
  }
  out.append("</article>\n");
  hand_over(0);
}

}  // namespace

void render_html_article(const Document& doc, const HtmlRenderOptions& options,
                         Diagnostics& diagnostics, std::string& out, std::string_view after_header,
                         const std::vector<std::string>& ids, std::string_view article_id) {
  render_article(doc, options, diagnostics, out, nullptr, after_header, ids, article_id);
}

void render_html_article(const Document& doc, const HtmlRenderOptions& options,
                         Diagnostics& diagnostics, Sink& sink, std::string_view after_header,
                         const std::vector<std::string>& ids, std::string_view article_id) {
  std::string out;
  render_article(doc, options, diagnostics, out, &sink, after_header, ids, article_id);
}

}  // namespace govtech
