// HTML in: web pages as they really are, through Gumbo, the WHATWG HTML5 parser.
//
// The steps: decode (the core's decoding, after the encoding a BOM or <meta charset> names),
// parse, read what the page says about itself (metadata.hpp), find its main content and
// leave out the chrome (main_content.hpp), turn what is left into blocks (blocks.hpp), and
// find the interview in them (interview.hpp).
#include <string>
#include <string_view>

#include "blocks.hpp"
#include "dom.hpp"
#include "govtech/plugin.hpp"
#include "govtech/text.hpp"
#include "interview.hpp"
#include "main_content.hpp"
#include "metadata.hpp"

namespace {

using namespace govtech;
using namespace html_reader;

std::string_view without_bom(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  while (!head.empty() && (head.front() == ' ' || head.front() == '\n' || head.front() == '\r' ||
                           head.front() == '\t' || head.front() == '\f'))
    head.remove_prefix(1);
  return head;
}

// The charset a <meta> in the first 1024 bytes names, as the HTML standard's prescan finds
// it (simplified: comments and attribute order are not considered), in lower case.
std::string prescan_charset(std::string_view bytes) {
  const std::string head = ascii_lower(bytes.substr(0, 1024));
  std::size_t at = 0;
  while ((at = head.find("<meta", at)) != std::string::npos) {
    const std::size_t end = head.find('>', at);
    const std::string_view tag = std::string_view(head).substr(at, end - at);
    at = end == std::string::npos ? head.size() : end;
    std::size_t c = tag.find("charset");
    if (c == std::string_view::npos) continue;
    c += 7;
    while (c < tag.size() && tag[c] == ' ') ++c;
    if (c >= tag.size() || tag[c] != '=') continue;
    ++c;
    while (c < tag.size() && (tag[c] == ' ' || tag[c] == '"' || tag[c] == '\'')) ++c;
    std::size_t stop = c;
    while (stop < tag.size() && tag[stop] != '"' && tag[stop] != '\'' && tag[stop] != ' ' &&
           tag[stop] != ';' && tag[stop] != '/')
      ++stop;
    return std::string(tag.substr(c, stop - c));
  }
  return {};
}

// What iconv calls an encoding a page names; the standard reads the Latin-1 labels as
// windows-1252, and a page that says UTF-16 in its own bytes cannot be UTF-16.
std::string iconv_name(const std::string& charset) {
  if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii" ||
      charset == "ascii" || charset == "iso8859-1" || charset == "l1" || charset == "cp1252") {
    return "WINDOWS-1252";
  }
  if (charset == "x-sjis" || charset == "sjis" || charset == "shift-jis") return "SHIFT_JIS";
  if (charset == "gb2312" || charset == "x-gbk") return "GBK";
  std::string out;
  for (char c : charset) out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
  return out;
}

bool is_utf8_label(const std::string& charset) {
  return charset.empty() || charset == "utf-8" || charset == "utf8" ||
         charset == "unicode-1-1-utf-8" || charset.starts_with("utf-16");
}

// The page as UTF-8, through the core's decoding.
std::string_view decoded_page(std::string_view input, const ReadContext& ctx, std::string& storage,
                              std::string& converted) {
  if (ctx.options.get("input-encoding").empty() && !input.starts_with("\xEF\xBB\xBF")) {
    std::string encoding;
    std::string source;
    if (input.starts_with("\xFF\xFE")) {
      encoding = "UTF-16LE";
      source = "its byte order mark";
    } else if (input.starts_with("\xFE\xFF")) {
      encoding = "UTF-16BE";
      source = "its byte order mark";
    } else if (const std::string charset = prescan_charset(input); !is_utf8_label(charset)) {
      encoding = iconv_name(charset);
      source = "<meta charset=\"" + charset + "\">";
    }
    if (!encoding.empty()) {
      try {
        converted = to_utf8(input.substr(encoding.starts_with("UTF-16") ? 2 : 0), encoding);
      } catch (const Error& e) {
        throw Error(ErrorKind::input, "the page says by " + source +
                                          " that it is in the encoding " + encoding +
                                          ", which could not be converted (" + e.what() +
                                          "); convert it to UTF-8 first, or name its encoding with "
                                          "--input-encoding");
      }
      input = converted;
    }
  }
  return decode_text_input(input, ctx, NulBytes::reject, storage);
}

// The first <time datetime> in the main content, when nothing else gave a date.
std::string first_datetime(const std::vector<const GumboNode*>& roots,
                           const std::unordered_set<const GumboNode*>& dropped) {
  std::vector<const GumboNode*> work(roots.rbegin(), roots.rend());
  while (!work.empty()) {
    const GumboNode* n = work.back();
    work.pop_back();
    if (!is_element(n) || dropped.count(n)) continue;
    if (has_tag(n, GUMBO_TAG_TIME)) {
      if (const char* datetime = attribute(n, "datetime")) {
        const std::string value = collapse_spaces(datetime);
        if (!value.empty()) return value;
      }
    }
    const GumboVector* kids = children(n);
    for (unsigned i = kids->length; i > 0; --i) {
      work.push_back(static_cast<const GumboNode*>(kids->data[i - 1]));
    }
  }
  return {};
}

class HtmlReader final : public Reader {
 public:
  FormatInfo info() const override {
    return {.name = "html",
            .aliases = {"htm", "xhtml"},
            .extensions = {"html", "htm", "xhtml"},
            .mime_type = "text/html",
            .description = "HTML pages: saved articles, Google Docs and Word exports, our own HTML",
            .options = {{.name = "input-encoding",
                         .help = "the page's character encoding when nothing in it says"}}};
  }

  int probe(std::string_view head) const override {
    const std::string start = ascii_lower(without_bom(head).substr(0, 1024));
    if (start.starts_with("<!doctype html")) return 95;
    if (start.starts_with("<html")) return 90;
    if ((start.starts_with("<?xml") || start.starts_with("<!--")) &&
        start.find("<html") != std::string::npos)
      return 85;
    if (start.starts_with("<head") || start.starts_with("<body")) return 60;
    return 0;
  }

  Document read(std::string_view input, ReadContext& ctx) const override {
    std::string storage, converted;
    const std::string_view text = decoded_page(input, ctx, storage, converted);
    if (is_blank(text)) {
      throw Error(ErrorKind::input, "the input is empty: it holds no text, only white space");
    }
    // Gumbo's time grows with the square of the nesting; the tags beyond this depth go.
    constexpr std::size_t kMaxNesting = 10000;
    const DeepTags deep = without_deep_tags(text, kMaxNesting);
    if (deep.removed > 0) {
      ctx.diagnostics.warn("the page nests its elements about " + std::to_string(deep.depth) +
                           " deep: the " + std::to_string(deep.removed) +
                           " tags nested deeper than " + std::to_string(kMaxNesting) +
                           " were left out before parsing, their text is kept");
    }
    const Page page(deep.removed > 0 ? std::string_view(deep.html) : text);
    PageInfo info = read_page_info(page.root());
    MainContent main = find_main_content(page.root(), info.styles);
    for (const std::string& note : info.notes) ctx.diagnostics.note(note);
    for (const std::string& note : main.notes) ctx.diagnostics.note(note);

    Metadata meta = info.meta;
    if (meta.date.empty()) meta.date = first_datetime(main.roots, main.dropped);
    Converter converter(info, main.dropped);
    converter.use_notes(find_notes(page.root(), info.styles));
    Document doc;
    std::optional<Document> own;
    if (info.own_writer && main.roots.size() == 1) {
      own = read_own_article(main.roots.front(), converter, meta, ctx.diagnostics);
    }
    if (own) {
      doc = std::move(*own);
    } else {
      TopBlocks top;
      for (const GumboNode* root : main.roots) converter.top_level(root, top);
      doc = assemble_interview(std::move(top), std::move(meta), ctx.diagnostics);
    }
    if (doc.intro.empty() && doc.entries.empty() && doc.trailing.empty() &&
        doc.meta.title.empty()) {
      throw Error(ErrorKind::input,
                  "the page holds no readable content: no text outside markup, scripts and "
                  "styles");
    }
    return doc;
  }
};

void register_formats(Registrar& registrar) {
  registrar.add_reader(std::make_unique<HtmlReader>());
}

}  // namespace

GOVTECH_PLUGIN("html-reader", "0.1.0", "HTML5 pages through Gumbo", register_formats);
