// Choosing the layout of a page.
#include <string>

#include "blocks.hpp"
#include "layouts.hpp"

namespace govtech::text_reader {

Document read_plain_text(const Page& page) {
  Document doc;
  for (const Group& group : page.groups) add_group_blocks(doc.intro, page, group);
  return doc;
}

namespace {

std::optional<Document> read_layout(const std::string& name, const Page& page, ReadContext& ctx) {
  if (name == "qa") return read_qa_layout(page);
  if (name == "transcript") return read_transcript_layout(page);
  if (name == "published") return read_published_layout(page, ctx.diagnostics);
  if (name == "numbered") return read_numbered_layout(page);
  if (name == "plain") return read_plain_text(page);
  throw Error(ErrorKind::usage, "unknown text layout '" + name +
                                    "'; use auto, published, qa, numbered, transcript or plain");
}

}  // namespace

Document read_page(const Page& page, ReadContext& ctx) {
  const std::string forced = ctx.options.get("text-layout", "auto");
  if (forced != "auto") {
    if (auto doc = read_layout(forced, page, ctx)) return std::move(*doc);
    throw Error(ErrorKind::input, "the text does not follow the '" + forced +
                                      "' layout (-V text-layout=" + forced + ")");
  }
  for (const char* name : {"qa", "transcript", "published", "numbered"}) {
    if (auto doc = read_layout(name, page, ctx)) return std::move(*doc);
  }
  return read_plain_text(page);
}

}  // namespace govtech::text_reader
