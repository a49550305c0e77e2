// Choosing the layout of a page.
#include <string>

#include "blocks.hpp"
#include "govtech/text.hpp"
#include "header_fields.hpp"
#include "layouts.hpp"

namespace govtech::text_reader {

Document read_plain_text(const Page& page) {
  Document doc;
  for (const Group& group : page.groups) add_group_blocks(doc.intro, page, group);
  return doc;
}

namespace {

constexpr const char* kLayouts = "auto, published, qa, numbered, transcript, unlabelled or plain";

std::optional<Document> read_layout(const std::string& name, const Page& page, ReadContext& ctx,
                                    Recognition* explained) {
  if (name == "qa") return read_qa_layout(page);
  if (name == "transcript") return read_transcript_layout(page);
  if (name == "published") return read_published_layout(page, ctx.diagnostics);
  if (name == "numbered") return read_numbered_layout(page);
  if (name == "unlabelled") return read_recognised_layout(page, explained);
  if (name == "plain") return read_plain_text(page);
  throw Error(ErrorKind::usage, "unknown text layout '" + name + "'; use " + kLayouts);
}

// Says what was found, for -v and --report.
void explain(const std::string& layout, const Document& doc, const Recognition* found,
             Diagnostics& diagnostics) {
  diagnostics.describe("layout", layout);
  std::string summary =
      "read as the '" + layout + "' layout: " + std::to_string(doc.entries.size()) + " question(s)";
  if (found && !found->layout.empty()) {
    char confidence[32];
    std::snprintf(confidence, sizeof confidence, ", confidence %.2f", found->confidence);
    summary += confidence;
  }
  diagnostics.note(summary);
  if (found && !found->layout.empty()) {
    for (const std::string& why : found->evidence) diagnostics.note(why);
    return;
  }
  for (const QandA& entry : doc.entries) {
    diagnostics.note("question: " + plain_text(entry.question).substr(0, 80), entry.pos);
  }
}

std::string at_line(const SourceLine& line) {
  return "line " + std::to_string(line.number);
}

// Why a forced layout does not fit, naming the line where it breaks where there is one.
std::string why_not(const std::string& layout, const Page& page, const Recognition& found) {
  if (layout == "unlabelled") return found.why_not.empty() ? "no questions found" : found.why_not;
  if (layout == "qa") {
    for (const SourceLine& line : page.lines) {
      auto field = split_label(line.text);
      if (field && (field->key == "q" || field->key == "question")) {
        return at_line(line) + " asks (Q:), but no A: answer follows anywhere after it";
      }
    }
    return "no line starts with Q: or Question:";
  }
  if (layout == "numbered") {
    int expected = 1;
    const SourceLine* last = nullptr;
    for (const Group& g : page.groups) {
      auto item = numbered_item(page.first_line(g).text);
      if (item && item->number == expected) {
        ++expected;
        last = &page.first_line(g);
      }
    }
    if (!last) return "no block starts with a question numbered 1";
    return "after question " + std::to_string(expected - 1) + " (" + at_line(*last) +
           ") no block starts with question " + std::to_string(expected) +
           ", or most questions do not ask";
  }
  if (layout == "published") {
    std::size_t first_question = 0;
    while (first_question < page.groups.size() && page.groups[first_question].blanks_after < 2) {
      ++first_question;
    }
    if (first_question >= page.groups.size()) {
      return "no question is set apart by two blank lines";
    }
    if (!page.single_line(0)) return "line 1 is not a header line on its own";
    const Group& q = page.groups[first_question];
    if (q.count > 1) {
      return at_line(page.first_line(q)) +
             ": the first question (the block before two blank lines) spans " +
             std::to_string(q.count) + " lines";
    }
    return "line 1 is neither an interviewee line (Name, Role, ...) nor followed by a byline, "
           "or most questions do not ask";
  }
  if (layout == "transcript") return "fewer than two speakers take NAME: turns in most of the text";
  return "";
}

}  // namespace

Document read_page(const Page& page, ReadContext& ctx) {
  const std::string forced = ctx.options.get("text-layout", "auto");
  Recognition found;
  if (forced != "auto") {
    if (auto doc = read_layout(forced, page, ctx, &found)) {
      explain(found.layout.empty() ? forced : found.layout, *doc, &found, ctx.diagnostics);
      return std::move(*doc);
    }
    throw Error(ErrorKind::input, "the text does not follow the '" + forced +
                                      "' layout (-V text-layout=" + forced +
                                      "): " + why_not(forced, page, found));
  }
  for (const char* name : {"qa", "transcript", "published", "numbered", "unlabelled"}) {
    if (auto doc = read_layout(name, page, ctx, &found)) {
      explain(found.layout.empty() ? name : found.layout, *doc, &found, ctx.diagnostics);
      return std::move(*doc);
    }
  }
  Document doc = read_plain_text(page);
  if (!report_article(found, "lines", "-v explains; -V text-layout=NAME forces a layout",
                      ctx.diagnostics)) {
    ctx.diagnostics.note("read as an article: no interview layout fits");
  }
  return doc;
}

}  // namespace govtech::text_reader
