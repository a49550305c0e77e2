// Choosing the layout of a page.
#include <string>

#include "blocks.hpp"
#include "govtech/text.hpp"
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

}  // namespace

Document read_page(const Page& page, ReadContext& ctx) {
  const std::string forced = ctx.options.get("text-layout", "auto");
  Recognition found;
  if (forced != "auto") {
    if (auto doc = read_layout(forced, page, ctx, &found)) {
      explain(found.layout.empty() ? forced : found.layout, *doc, &found, ctx.diagnostics);
      return std::move(*doc);
    }
    std::string why;
    if (forced == "unlabelled") {
      for (const std::string& line : found.evidence) why += "; " + line;
    }
    throw Error(ErrorKind::input, "the text does not follow the '" + forced +
                                      "' layout (-V text-layout=" + forced + ")" + why);
  }
  for (const char* name : {"qa", "transcript", "published", "numbered", "unlabelled"}) {
    if (auto doc = read_layout(name, page, ctx, &found)) {
      explain(found.layout.empty() ? name : found.layout, *doc, &found, ctx.diagnostics);
      return std::move(*doc);
    }
  }
  Document doc = read_plain_text(page);
  ctx.diagnostics.describe("layout", "article");
  if (found.question_like >= 2) {
    std::string why;
    for (const std::string& line : found.evidence) why += (why.empty() ? "" : "; ") + line;
    ctx.diagnostics.warn("converted as an article, not an interview: " +
                         std::to_string(found.question_like) + " lines read like questions, but " +
                         why + " (-v explains; -V text-layout=NAME forces a layout)");
  } else {
    ctx.diagnostics.note("read as an article: no interview layout fits");
  }
  return doc;
}

}  // namespace govtech::text_reader
