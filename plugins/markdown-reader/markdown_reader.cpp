// The Markdown readers: CommonMark 0.30 through md4c, YAML front matter through yaml-cpp, and
// the interview conventions of interview.cpp. Three formats, one per dialect (the table in
// README.md says what each reads):
//   markdown    CommonMark plus tables, strikethrough, task lists, footnotes, pandoc's
//               extensions and smart punctuation, as writers who move from pandoc expect
//   gfm         CommonMark plus tables, strikethrough, task lists, bare URL/www/email
//               autolinks and footnotes, as GitHub renders them
//   commonmark  CommonMark 0.30 alone
// Options: -V markdown-dialect=markdown|gfm|commonmark overrides the format's own dialect;
// -V smart=true|false turns smart punctuation on or off whatever the dialect.
#include <memory>
#include <string>

#include "front_matter.hpp"
#include "govtech/plugin.hpp"
#include "govtech/text.hpp"
#include "interview.hpp"
#include "line_index.hpp"
#include "markdown_blocks.hpp"

namespace govtech::markdown {

namespace {

Dialect dialect_option(const Options& options, Dialect fallback) {
  if (!options.has("markdown-dialect")) return fallback;
  std::string value = options.get("markdown-dialect");
  if (value == "markdown") return Dialect::markdown;
  if (value == "gfm") return Dialect::gfm;
  if (value == "commonmark") return Dialect::commonmark;
  throw Error(ErrorKind::usage,
              "unknown markdown-dialect '" + value + "': use markdown, gfm or commonmark");
}

// How much `head` looks like Markdown: a few typical line starts and inline marks. The score
// stays modest (at most 40): plain text often looks a little like Markdown too.
int markdown_score(std::string_view head) {
  if (head.find('\0') != std::string_view::npos) return 0;
  std::string_view start = trim(head.substr(0, 200));
  if (start.starts_with("<?xml") || start.starts_with("<!DOCTYPE") ||
      start.starts_with("<!doctype") || start.starts_with("<html") || start.starts_with("{")) {
    return 0;
  }
  // One strong sign (an ATX heading, a code fence, front matter) is enough to beat the plain
  // text reader's 10; weaker signs add up.
  int score = 0;
  if (head.starts_with("---\n") || head.starts_with("---\r\n")) score += 15;
  std::size_t pos = 0;
  while (pos < head.size()) {
    std::size_t end = head.find('\n', pos);
    if (end == std::string_view::npos) end = head.size();
    std::string_view line = head.substr(pos, end - pos);
    pos = end + 1;
    if (line.starts_with("# ") || line.starts_with("## ") || line.starts_with("### ")) {
      score += 15;
    } else if (line.starts_with("```") || line.starts_with("~~~")) {
      score += 15;
    } else if (line.starts_with("- ") || line.starts_with("* ") || line.starts_with("> ")) {
      score += 4;
    } else if (line.starts_with("**") || line.starts_with("|")) {
      score += 4;
    }
    if (line.find("](") != std::string_view::npos) score += 6;
  }
  return std::min(score, 40);
}

class MarkdownReader final : public Reader {
 public:
  MarkdownReader(Dialect dialect, FormatInfo info) : dialect_(dialect), info_(std::move(info)) {}

  FormatInfo info() const override { return info_; }

  // Only the markdown format claims files by their look; the dialects are asked for by name.
  int probe(std::string_view head) const override {
    return dialect_ == Dialect::markdown ? markdown_score(head) : 0;
  }

  Document read(std::string_view input, ReadContext& ctx) const override {
    const Dialect dialect = dialect_option(ctx.options, dialect_);
    Extensions extensions = extensions_of(dialect);
    if (ctx.options.has("smart")) extensions.smart = ctx.options.flag("smart");
    extensions.read_html = !ctx.options.flag("unsafe");
    std::string decoded;
    const std::string_view text = decode_text_input(input, ctx, NulBytes::replace, decoded);
    if (is_blank(text)) {
      throw Error(ErrorKind::input, "the input is empty: it holds no text, only white space");
    }
    const LineIndex lines(text);
    Metadata meta;
    bool has_front_matter = false;
    std::size_t body_offset = 0;
    if (auto front = find_front_matter(text)) {
      if (read_front_matter(*front, ctx, meta)) {
        has_front_matter = true;
        body_offset = front->body_offset;
      }
    }
    std::string_view body = text.substr(body_offset);
    Blocks blocks = build_blocks(body, lines, body_offset, dialect, extensions, ctx.diagnostics);
    return assemble_document(std::move(blocks), std::move(meta), has_front_matter, ctx.diagnostics);
  }

 private:
  Dialect dialect_;
  FormatInfo info_;
};

std::vector<OptionInfo> dialect_options() {
  return {
      {.name = "markdown-dialect",
       .type = OptionType::choice,
       .help = "read as this dialect, whatever the format's name",
       .choices = {"markdown", "gfm", "commonmark"}},
      {.name = "smart",
       .type = OptionType::flag,
       .help = "curly quotes, apostrophes, en and em dashes and ellipses from straight marks "
               "(on for markdown, off for gfm and commonmark)"},
      {.name = "input-encoding", .help = "the input's character encoding when it is not UTF-8"}};
}

void register_formats(Registrar& registrar) {
  registrar.add_reader(std::make_unique<MarkdownReader>(
      Dialect::markdown,
      FormatInfo{.name = "markdown",
                 .aliases = {"md"},
                 .extensions = {"md", "markdown"},
                 .mime_type = "text/markdown",
                 .description = "Markdown: CommonMark with tables, footnotes, pandoc's "
                                "attributes, figures, definition lists, sub- and superscripts, "
                                "smart punctuation; YAML front matter",
                 .options = dialect_options()}));
  registrar.add_reader(std::make_unique<MarkdownReader>(
      Dialect::gfm, FormatInfo{.name = "gfm",
                               .aliases = {"github"},
                               .mime_type = "text/markdown",
                               .description = "GitHub-flavoured Markdown: tables, task lists, "
                                              "footnotes, bare URL and e-mail autolinks",
                               .options = dialect_options()}));
  registrar.add_reader(std::make_unique<MarkdownReader>(
      Dialect::commonmark, FormatInfo{.name = "commonmark",
                                      .aliases = {"cmark"},
                                      .mime_type = "text/markdown",
                                      .description = "strict CommonMark 0.30, no extensions",
                                      .options = dialect_options()}));
}

}  // namespace

}  // namespace govtech::markdown

GOVTECH_PLUGIN("markdown-reader", "1.1.0",
               "Markdown, GitHub-flavoured Markdown and CommonMark through md4c, front matter",
               govtech::markdown::register_formats);
