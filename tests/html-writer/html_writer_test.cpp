// The HTML writer, loaded as a plugin, on documents built in C++: golden pages (checked again
// by the Nu HTML Checker and axe-core in the validator tests), escaping, options, collections.
#include <catch2/catch.hpp>

#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <thread>

#include "documents.hpp"
#include "files.hpp"
#include "govtech/plugin.hpp"
#include "govtech/registry.hpp"
#include "govtech/testing.hpp"
#include "linked_article.hpp"

using namespace govtech;
using govtech::testing::check_golden;
using govtech::testing::source_path;

namespace {

struct Output {
  std::string html;
  std::vector<std::string> warnings;
};

struct Resources {
  std::map<std::string, std::string> user_files{};      // --css FILE and the like
  std::map<std::string, std::string> document_files{};  // images beside the input
};

std::shared_ptr<const Writer> html_writer() {
  static Registry registry;
  static std::shared_ptr<const Writer> writer = [] {
    registry.add_folder(GOVTECH_PLUGIN_DIR);
    auto provided = registry.writer("html");
    REQUIRE(provided);
    return provided.handler;
  }();
  return writer;
}

ResourceLoader loader_for(const std::map<std::string, std::string>& files) {
  return [&files](std::string_view reference) -> std::optional<Resource> {
    auto found = files.find(std::string(reference));
    if (found == files.end()) return std::nullopt;
    return Resource{found->first, found->second};
  };
}

template <class Body>
Output run_writer(const std::map<std::string, std::string>& flags, const Resources& resources,
                  Body body) {
  Options options;
  for (const auto& [key, value] : flags) options.set(key, value);
  Diagnostics diagnostics("interview.txt");
  WriteContext ctx{"interview.txt", options, diagnostics, loader_for(resources.document_files),
                   loader_for(resources.user_files)};
  StringSink sink;
  body(*html_writer(), ctx, sink);
  Output out{sink.take(), {}};
  for (const auto& d : diagnostics.take()) out.warnings.push_back(d.to_string());
  return out;
}

Output render(const Document& doc, const std::map<std::string, std::string>& flags = {},
              const Resources& resources = {}) {
  return run_writer(flags, resources, [&](const Writer& w, WriteContext& ctx, Sink& sink) {
    w.write(doc, ctx, sink);
  });
}

Output render_collection(const Collection& books,
                         const std::map<std::string, std::string>& flags = {}) {
  return run_writer(flags, {}, [&](const Writer& w, WriteContext& ctx, Sink& sink) {
    w.write_collection(books, ctx, sink);
  });
}

void require_golden(const std::string& name, const std::string& actual) {
  const std::string problem =
      check_golden(source_path("tests/html-writer/expected/" + name), actual);
  INFO(problem);
  CHECK(problem.empty());
}

bool has_warning(const Output& out, const std::string& text) {
  for (const auto& w : out.warnings) {
    if (w.find(text) != std::string::npos) return true;
  }
  return false;
}

std::size_t count_of(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

// The heading levels in document order.
std::vector<int> heading_levels(const std::string& html) {
  static const std::regex kHeading("<h([1-6])[ >]");
  std::vector<int> levels;
  for (std::sregex_iterator it(html.begin(), html.end(), kHeading), end; it != end; ++it) {
    levels.push_back((*it)[1].str()[0] - '0');
  }
  return levels;
}

void require_no_skipped_headings(const std::string& html) {
  const std::vector<int> levels = heading_levels(html);
  REQUIRE_FALSE(levels.empty());
  CHECK(levels.front() == 1);
  for (std::size_t i = 1; i < levels.size(); ++i) {
    INFO("heading " << i << " in " << html);
    CHECK(levels[i] <= levels[i - 1] + 1);
  }
}

std::string json_ld_of(const std::string& html) {
  const std::string open = "<script type=\"application/ld+json\">";
  const auto start = html.find(open);
  REQUIRE(start != std::string::npos);
  const auto end = html.find("</script>", start);
  REQUIRE(end != std::string::npos);
  return html.substr(start + open.size(), end - start - open.size());
}

Document single_paragraph(Inlines content) {
  Document doc;
  doc.intro.push_back(Block(Paragraph{std::move(content)}, {1, 1}));
  return doc;
}

std::string fragment_of(const Document& doc, bool unsafe = true) {
  std::map<std::string, std::string> flags{{"fragment", "true"}};
  if (unsafe) flags["unsafe"] = "true";
  return render(doc, flags).html;
}

}  // namespace

TEST_CASE("the html writer registers its name, alias, extensions and the combine feature") {
  Registry registry;
  registry.add_folder(GOVTECH_PLUGIN_DIR);
  auto by_alias = registry.writer("html5");
  REQUIRE(by_alias);
  CHECK(by_alias.entry.info.name == "html");
  CHECK(by_alias.entry.info.extensions == std::vector<std::string>{"html", "htm"});
  CHECK(by_alias.entry.info.mime_type == "text/html");
  CHECK(by_alias.handler->supports("combine"));
  CHECK_FALSE(by_alias.handler->supports("teleport"));
}

TEST_CASE("an interview using every node kind renders as its golden page") {
  const Output out = render(html_test::kitchen_sink_interview());
  require_golden("kitchen-sink.html", out.html);
  require_no_skipped_headings(out.html);
  CHECK(out.html.starts_with(
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"));
  CHECK_THAT(
      out.html,
      Catch::Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
  CHECK_THAT(out.html, Catch::Contains("<title>Building services people trust</title>"));
  CHECK_THAT(out.html, Catch::Contains("<meta name=\"generator\" content=\"govtech-convert\">"));
  CHECK_THAT(out.html, Catch::Contains("@media (prefers-color-scheme: dark)"));
  CHECK_THAT(out.html, Catch::Contains("@media print"));
  CHECK_THAT(out.html, Catch::Contains("<main>\n<article>\n<header>\n<h1>"));
  CHECK_THAT(out.html, Catch::Contains("<time datetime=\"2020-03-08\">2020-03-08</time>"));
  CHECK_THAT(out.html,
             Catch::Contains(
                 "<section aria-labelledby=\"how-did-you-start\">\n<h2 id=\"how-did-you-start\">"
                 "<span class=\"speaker\">Interviewer:</span> How did you start?</h2>"));
  CHECK_THAT(out.html, Catch::Contains("<h2 id=\"how-did-you-start-2\">"));  // repeated question
  CHECK_THAT(out.html, Catch::Contains("<p><span class=\"speaker\">Amara Osei:</span> I trained"));
  CHECK_THAT(out.html, Catch::Contains("<p><span class=\"speaker\">Amara Osei:</span></p>\n<ul>"));
  // Headings inside answers sit below the question, and never skip a level.
  CHECK_THAT(out.html,
             Catch::Contains("<h3>A heading inside the answer</h3>\n<h4>A deeper heading</h4>"));
  CHECK_THAT(out.html,
             Catch::Contains("<th scope=\"col\" style=\"text-align: center\">Users</th>"));
  CHECK_THAT(out.html, Catch::Contains("<li><label><input type=\"checkbox\" disabled=\"\" "
                                       "checked=\"\" /> done task</label></li>"));
  CHECK_THAT(out.html, Catch::Contains("<img src=\"images/team%20photo.png\" alt=\"The team at the "
                                       "launch\" title=\"Our team\" />"));
  CHECK_THAT(out.html,
             Catch::Contains("<footer>\n<p class=\"rights\">\u00a9 2020 The Editors</p>"));
  CHECK(out.warnings.empty());
}

TEST_CASE("an interview fragment is the article alone") {
  const Output out = render(html_test::kitchen_sink_interview(), {{"fragment", "true"}});
  require_golden("kitchen-sink.fragment.html", out.html);
  CHECK(out.html.starts_with("<article>\n<header>\n"));
  CHECK(out.html.ends_with("</article>\n"));
  CHECK(out.html.find("<!DOCTYPE") == std::string::npos);
  CHECK(out.html.find("<main>") == std::string::npos);
  CHECK(out.html.find("ld+json") == std::string::npos);
}

TEST_CASE("hostile input yields inert, valid HTML") {
  const Output out = render(html_test::hostile_interview());
  require_golden("hostile.html", out.html);
  require_no_skipped_headings(out.html);
  // The only script element is the JSON-LD, and nothing in it ends it early.
  CHECK(count_of(out.html, "<script") == 1);
  CHECK(count_of(out.html, "</script>") == 1);
  CHECK(out.html.find("<iframe") == std::string::npos);
  CHECK(out.html.find("<img") == std::string::npos);
  CHECK(out.html.find("javascript:") == std::string::npos);
  CHECK(out.html.find("JaVaScRiPt") == std::string::npos);
  CHECK(out.html.find("data:text") == std::string::npos);
  CHECK(out.html.find('\x01') == std::string::npos);
  CHECK(out.html.find('\x7f') == std::string::npos);
  CHECK_THAT(out.html, Catch::Contains("<title>Risky &lt;/title&gt; &amp; &quot;quoted&quot; "
                                       "&lt;script&gt;alert('t')&lt;/script&gt;</title>"));
  CHECK_THAT(out.html, Catch::Contains("and &lt;img src=x onerror=alert(10)&gt; as text."));
  CHECK_THAT(out.html,
             Catch::Contains("and a script link and a hidden one and data and bad image"));
  CHECK_THAT(out.html, Catch::Contains("<p class=\"date\">not a date &lt;b&gt;</p>"));  // no <time>
  // Each neutralised construct is reported, naming the line it came from.
  CHECK(has_warning(out, "interview.txt:4:1: warning: raw HTML block left out"));
  CHECK(has_warning(out, "interview.txt:8:1: warning: raw HTML block left out"));
  CHECK(has_warning(out, "interview.txt:6:1: warning: raw HTML left out"));
  CHECK(has_warning(out, "interview.txt:6:1: warning: link to a javascript: URL made inert"));
  CHECK(has_warning(out, "link to a data: URL made inert"));
  CHECK(has_warning(out, "image with a javascript: source left out"));
}

TEST_CASE("option --unsafe keeps raw HTML and every link as written") {
  const Output out =
      render(html_test::hostile_interview(), {{"unsafe", "true"}, {"fragment", "true"}});
  require_golden("hostile.unsafe.fragment.html", out.html);
  CHECK_THAT(out.html, Catch::Contains("<script>alert(4)</script>\n"));
  CHECK_THAT(out.html, Catch::Contains("<img src=x onerror=alert(5)>"));
  CHECK_THAT(out.html, Catch::Contains("<a href=\"javascript:alert(6)\">a script link</a>"));
  // Metadata is text even so: --unsafe concerns raw HTML in the content only.
  CHECK_THAT(out.html, Catch::Contains("<h1>Risky &lt;/title&gt;"));
  CHECK_FALSE(has_warning(out, "left out"));
}

TEST_CASE(
    "fragments of a non-interview document are what the CommonMark reference renderer writes") {
  using L = std::vector<ListItem>;
  auto li = [](Inlines text) {
    return ListItem{{Block(Paragraph{std::move(text)})}, std::nullopt};
  };
  struct Case {
    Document doc;
    std::string expected;
  };
  Document nested;
  nested.intro.push_back(Block(BulletList{
      true,
      {ListItem{{Block(Paragraph{{Text{"a"}}}), Block(BulletList{true, {li({Text{"b"}})}})}}}}));
  Document loose;
  loose.intro.push_back(Block(OrderedList{3, false, L{li({Text{"x"}}), ListItem{}}}));
  Document quote;
  quote.intro.push_back(
      Block(BlockQuote{{Block(Heading{2, {Text{"h"}}}), Block(ThematicBreak{})}}));
  Document code;
  code.intro.push_back(Block(CodeBlock{"ruby startline=3", "def f\n  \"<&>\"\nend\n"}));
  code.intro.push_back(Block(CodeBlock{"", "plain\n"}));
  Document raw;
  raw.intro.push_back(Block(RawBlock{"html", "<div class=\"x\">\n"}));
  raw.intro.push_back(Block(Paragraph{{Text{"after"}}}));
  Document heading;
  heading.intro.push_back(Block(Heading{6, {Text{"six & \"seven\""}}}));

  std::vector<Case> cases;
  cases.push_back({single_paragraph({Text{"a < b & c > \"d\" 'e'"}}),
                   "<p>a &lt; b &amp; c &gt; &quot;d&quot; 'e'</p>\n"});
  cases.push_back(
      {single_paragraph({Text{"one"}, SoftBreak{}, Text{"two"}, HardBreak{}, Text{"three"}}),
       "<p>one\ntwo<br />\nthree</p>\n"});
  cases.push_back(
      {single_paragraph({Link{"/url?a=1&b=\xc3\xa4 [x]'%20", "ti\"tle", {Text{"link"}}}}),
       "<p><a href=\"/url?a=1&amp;b=%C3%A4%20%5Bx%5D&#x27;%20\" "
       "title=\"ti&quot;tle\">link</a></p>\n"});
  cases.push_back({single_paragraph({Image{
                       "/i.png", "t", {Text{"foo "}, Emphasis{{Text{"bar"}}}, Code{"<c>"}}}}),
                   "<p><img src=\"/i.png\" alt=\"foo bar&lt;c&gt;\" title=\"t\" /></p>\n"});
  cases.push_back(
      {single_paragraph({Emphasis{{Strong{{Text{"x"}}}}}, Strikethrough{{Text{"y"}}}, Code{"a&b"}}),
       "<p><em><strong>x</strong></em><del>y</del><code>a&amp;b</code></p>\n"});
  cases.push_back(
      {single_paragraph({Text{"a"}, RawInline{"html", "<span>"}, Text{"b"}}), "<p>a<span>b</p>\n"});
  cases.push_back({nested, "<ul>\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n</ul>\n"});
  cases.push_back({loose, "<ol start=\"3\">\n<li>\n<p>x</p>\n</li>\n<li></li>\n</ol>\n"});
  cases.push_back({quote, "<blockquote>\n<h2>h</h2>\n<hr />\n</blockquote>\n"});
  cases.push_back(
      {code,
       "<pre><code class=\"language-ruby\">def f\n  &quot;&lt;&amp;&gt;&quot;\nend\n</code></pre>\n"
       "<pre><code>plain\n</code></pre>\n"});
  cases.push_back({raw, "<div class=\"x\">\n<p>after</p>\n"});
  cases.push_back({heading, "<h6>six &amp; &quot;seven&quot;</h6>\n"});
  for (const Case& c : cases) CHECK(fragment_of(c.doc) == c.expected);
}

TEST_CASE("a non-interview page keeps its own first heading and never skips a level") {
  const Output page = render(html_test::plain_article());
  require_golden("plain-article.html", page.html);
  require_no_skipped_headings(page.html);
  CHECK(count_of(page.html, "<h1>") == 1);  // the title is not repeated
  CHECK_THAT(page.html, Catch::Contains("<h2>A heading that skips levels</h2>"));
  // A fragment keeps the author's levels, as the reference renderer does.
  const Output fragment = render(html_test::plain_article(), {{"fragment", "true"}});
  CHECK_THAT(fragment.html, Catch::Contains("<h4>A heading that skips levels</h4>"));
  CHECK(fragment.html.starts_with("<h1>Notes on open data</h1>\n<p>"));
}

TEST_CASE("option --toc adds a labelled navigation of the questions") {
  const Output out = render(html_test::kitchen_sink_interview(), {{"toc", "true"}});
  require_golden("kitchen-sink.toc.html", out.html);
  require_no_skipped_headings(out.html);
  CHECK_THAT(
      out.html,
      Catch::Contains("</header>\n<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 "
                      "id=\"toc-title\">Table of Contents</h2>\n<ol>\n"
                      "<li><a href=\"#how-did-you-start\">How did you start?</a></li>\n"
                      "<li><a href=\"#what-does-your-team-use\">What does your team use?</a></li>\n"
                      "<li><a href=\"#how-did-you-start-2\">How did you start?</a></li>\n"
                      "<li><a href=\"#what-changed-in-the-second-year\">What changed in the "
                      "second year?</a></li>\n</ol>\n</nav>\n"));
}

TEST_CASE("option --toc lists the headings of a document without questions") {
  const Output out = render(html_test::plain_article(), {{"toc", "true"}});
  require_golden("plain-article.toc.html", out.html);
  CHECK(out.warnings.empty());
  CHECK_THAT(out.html,
             Catch::Contains("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 "
                             "id=\"toc-title\">Table of Contents</h2>\n<ol>\n"
                             "<li><a href=\"#notes-on-open-data\">Notes on open data</a>\n<ol>\n"
                             "<li><a href=\"#back-to-two\">Back to two</a></li>\n</ol>\n</li>\n"
                             "</ol>\n</nav>\n<p>Open data"));
  CHECK_THAT(out.html, Catch::Contains("<h1 id=\"notes-on-open-data\">Notes on open data</h1>\n"
                                       "<nav"));
  // Level 4 is deeper than the table goes: no id, as without --toc.
  CHECK_THAT(out.html, Catch::Contains("<h2>A heading that skips levels</h2>"));
  CHECK_THAT(out.html, Catch::Contains("<h2 id=\"back-to-two\">Back to two</h2>"));
  require_no_skipped_headings(out.html);
  CHECK(render(html_test::plain_article()).html.find(" id=\"back-to-two\"") == std::string::npos);

  Document bare = html_test::plain_article();
  bare.intro.erase(bare.intro.begin());      // the level-1 heading
  bare.intro.erase(bare.intro.begin() + 3);  // the level-2 one; level 4 is left
  const Output none = render(bare, {{"toc", "true"}});
  CHECK(has_warning(none, "neither questions nor headings"));
  CHECK_THAT(none.html, !Catch::Contains("<nav"));
}

TEST_CASE("option --css links a stylesheet, or inlines it with --embed-resources") {
  const Document doc = html_test::french_interview();
  const Output linked = render(doc, {{"css", "styles/site print.css"}});
  CHECK_THAT(linked.html,
             Catch::Contains("<link rel=\"stylesheet\" href=\"styles/site%20print.css\">\n"));
  CHECK_THAT(linked.html, Catch::Contains(":root {\n  color-scheme: light dark;"));  // built in too

  Resources resources;
  resources.user_files["site.css"] = "body { color: #111; }\n/* </style><script>x</script> */\n";
  const Output embedded =
      render(doc, {{"css", "site.css"}, {"embed-resources", "true"}}, resources);
  require_golden("french.embedded-css.html", embedded.html);
  CHECK_THAT(
      embedded.html,
      Catch::Contains(
          "<style>\nbody { color: #111; }\n/* <\\/style><script>x<\\/script> */\n</style>\n"));
  CHECK(embedded.html.find("<link rel=\"stylesheet\"") == std::string::npos);
  CHECK(count_of(embedded.html, "</style>") == 2);

  // A file that cannot be read is linked instead, as written.
  const Output missing =
      render(doc, {{"css", "absent.css"}, {"embed-resources", "true"}}, resources);
  CHECK_THAT(missing.html, Catch::Contains("<link rel=\"stylesheet\" href=\"absent.css\">"));

  const Output unsafe = render(doc, {{"css", "javascript:alert(1)"}});
  CHECK(unsafe.html.find("javascript:") == std::string::npos);
  CHECK(has_warning(unsafe, "unsafe URL scheme"));
}

TEST_CASE("the page's language comes from the metadata; English with a warning otherwise") {
  const Output french = render(html_test::french_interview());
  require_golden("french.html", french.html);
  CHECK_THAT(french.html, Catch::Contains("<html lang=\"fr\">"));
  CHECK_THAT(
      french.html,
      Catch::Contains("<p class=\"byline\">Par <span class=\"author\">Jeanne Martin</span>, <span "
                      "class=\"author\">"
                      "Paul Durand</span> et <span class=\"author\">In\u00e8s Roux</span></p>"));
  CHECK_THAT(french.html, Catch::Contains("<time datetime=\"2020-11\">2020-11</time>"));
  CHECK(french.warnings.empty());
  CHECK_THAT(render(html_test::french_interview(), {{"toc", "true"}}).html,
             Catch::Contains(">Sommaire</h2>"));

  Document unknown = html_test::french_interview();
  unknown.meta.language.clear();
  const Output defaulted = render(unknown);
  CHECK_THAT(defaulted.html, Catch::Contains("<html lang=\"en\">"));
  CHECK(has_warning(defaulted, "does not say its language"));

  unknown.meta.language = "Fran\u00e7ais";
  const Output malformed = render(unknown);
  CHECK_THAT(malformed.html, Catch::Contains("<html lang=\"en\">"));
  CHECK(has_warning(malformed, "is not a language tag"));
}

TEST_CASE("JSON-LD describes the article and its interviewee, and metadata cannot break out") {
  const auto ld =
      nlohmann::json::parse(json_ld_of(render(html_test::kitchen_sink_interview()).html));
  CHECK(ld["@context"] == "https://schema.org");
  CHECK(ld["@type"] == "Article");
  CHECK(ld["headline"] == "Building services people trust");
  CHECK(ld["inLanguage"] == "en-GB");
  CHECK(ld["datePublished"] == "2020-03-08");
  REQUIRE(ld["author"].size() == 2);
  CHECK(ld["author"][1]["@type"] == "Person");
  CHECK(ld["author"][1]["name"] == "Lena Park");
  CHECK(ld["about"]["@type"] == "Person");
  CHECK(ld["about"]["name"] == "Amara Osei");
  CHECK(ld["about"]["jobTitle"] == "Head of Digital Services");
  CHECK(ld["about"]["worksFor"]["@type"] == "Organization");
  CHECK(ld["about"]["worksFor"]["name"] == "Ministry of Communications");
  CHECK(ld["about"]["worksFor"]["department"]["name"] == "Service Design Unit");
  CHECK(ld["about"]["worksFor"]["address"]["addressCountry"] == "Ghana");
  CHECK(ld["isPartOf"]["name"] == "Women in GovTech Special Report 2020");

  const std::string hostile = json_ld_of(render(html_test::hostile_interview()).html);
  CHECK(hostile.find('<') == std::string::npos);
  CHECK(hostile.find('>') == std::string::npos);
  const auto parsed = nlohmann::json::parse(hostile);
  CHECK(parsed["about"]["name"] == "Eve </script><script>alert(1)</script>");
  CHECK(parsed["description"] == "</script><!-- breaks -->");
}

TEST_CASE("images: a missing description warns; --embed-resources inlines local images") {
  Document doc =
      single_paragraph({Image{"photo.png", "", {}}, Text{" "}, Image{"", "", {Text{"no source"}}},
                        Text{" "}, Image{"https://example.org/x.png", "", {Text{"remote"}}}});
  doc.meta.title = "Images";
  doc.meta.language = "en";
  Resources resources;
  resources.document_files["photo.png"] = std::string("\x89PNG\r\n\x1a\n", 8) + "rest";
  const Output linked = render(doc);
  CHECK_THAT(linked.html, Catch::Contains("<img src=\"photo.png\" alt=\"\" />"));
  CHECK_THAT(linked.html, Catch::Contains(" no source "));  // an empty src is not valid HTML
  CHECK(has_warning(linked, "image 'photo.png' has no description"));

  const Output embedded = render(doc, {{"embed-resources", "true"}}, resources);
  CHECK_THAT(embedded.html,
             Catch::Contains("<img src=\"data:image/png;base64,iVBORw0KGgpyZXN0\" alt=\"\" />"));
  CHECK_THAT(embedded.html,
             Catch::Contains("<img src=\"https://example.org/x.png\" alt=\"remote\" />"));

  resources.document_files["photo.png"] = "not an image";
  const Output wrong = render(doc, {{"embed-resources", "true"}}, resources);
  CHECK_THAT(wrong.html, Catch::Contains("<img src=\"photo.png\""));
  CHECK(has_warning(wrong, "is not a PNG, JPEG, GIF, WebP or SVG image"));
}

TEST_CASE("pictures the document carries are inlined, with or without --embed-resources") {
  const std::string png = std::string("\x89PNG\r\n\x1a\n", 8) + "rest";
  Document doc = single_paragraph({Image{"word/media/image1.png", "", {Text{"A chart"}}}, Text{" "},
                                   Image{"word/media/image1.png", "", {Text{"Again"}}}, Text{" "},
                                   Image{"beside.png", "", {Text{"A file"}}}});
  doc.meta.title = "Carried";
  doc.meta.language = "en";
  doc.resources.push_back(
      {.name = "word/media/image1.png", .media_type = "image/png", .bytes = png});
  const std::string data = "data:image/png;base64,iVBORw0KGgpyZXN0";
  for (const std::map<std::string, std::string>& flags :
       std::vector<std::map<std::string, std::string>>{
           {}, {{"fragment", "true"}}, {{"embed-resources", "true"}}}) {
    Options options;
    for (const auto& [key, value] : flags) options.set(key, value);
    ConversionSettings settings{.options = options, .metadata = {}, .resource_paths = {}};
    Diagnostics diagnostics("interview.docx");
    // Through the pipeline: the core's resource request serves the document's own bytes.
    const std::string html =
        govtech::testing::write_to_string(*html_writer(), doc, settings, diagnostics);
    INFO(html);
    CHECK(count_of(html, "<img src=\"" + data + "\"") == 2);
    CHECK_THAT(html, !Catch::Contains("word/media"));
    // A file beside the input is linked as before (or, embedded, reported missing).
    CHECK_THAT(html, Catch::Contains("<img src=\"beside.png\" alt=\"A file\""));
  }

  // Bytes that are no image browsers show cannot be linked either: the description stands in.
  doc.resources[0].bytes = "not an image";
  Diagnostics diagnostics("interview.docx");
  const std::string html = govtech::testing::write_to_string(*html_writer(), doc, {}, diagnostics);
  CHECK_THAT(html, !Catch::Contains("word/media"));
  CHECK_THAT(html, Catch::Contains("A chart"));
  std::size_t described = 0;
  for (const auto& d : diagnostics.take()) {
    described += d.to_string().find("its description is shown instead") != std::string::npos;
  }
  CHECK(described == 1);  // once for the picture, however often it is placed
}

TEST_CASE("a collection is one page: a contents list, then each interview as an article") {
  Collection books;
  books.meta.title = "Women in GovTech Special Report 2020";
  books.meta.language = "en";
  books.documents = {html_test::kitchen_sink_interview(), html_test::french_interview()};
  books.documents[1].meta.language = "en";
  const Output out = render_collection(books);
  require_golden("collection.html", out.html);
  require_no_skipped_headings(out.html);
  CHECK(count_of(out.html, "<h1>") == 1);
  CHECK(count_of(out.html, "<article id=") == 2);
  CHECK_THAT(out.html,
             Catch::Contains(
                 "<article id=\"building-services-people-trust\" lang=\"en-GB\">\n<header>\n<h2>"));
  CHECK_THAT(out.html, Catch::Contains("<h3 id=\"how-did-you-start\">"));
  CHECK_THAT(out.html, Catch::Contains("<li><a href=\"#building-services-people-trust\">Building "
                                       "services people trust</a>\n<ol>\n"));
  const auto ld = nlohmann::json::parse(json_ld_of(out.html));
  CHECK(ld["@graph"].size() == 2);
}

TEST_CASE("the same input gives byte-identical output, also from concurrent conversions") {
  const Document doc = html_test::kitchen_sink_interview();
  const std::string first = render(doc, {{"toc", "true"}}).html;
  std::vector<std::string> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results) threads.emplace_back([&] { r = render(doc, {{"toc", "true"}}).html; });
  for (auto& t : threads) t.join();
  for (const auto& r : results) CHECK(r == first);
}

TEST_CASE("notes of several interviews on one page keep ids of their own") {
  Collection books;
  books.meta.title = "Two interviews with notes";
  books.meta.language = "en";
  books.documents = {html_test::kitchen_sink_interview(), html_test::kitchen_sink_interview()};
  books.documents[1].meta.title = "The same, a second time";
  const Output out = render_collection(books);
  std::set<std::string> ids;
  for (std::size_t at = out.html.find(" id=\""); at != std::string::npos;
       at = out.html.find(" id=\"", at + 1)) {
    const std::size_t start = at + 5;
    const std::string id = out.html.substr(start, out.html.find('"', start) - start);
    // Those the author gave too: the second copy's are made unique.
    INFO(id);
    CHECK(ids.insert(id).second);
  }
  CHECK(count_of(out.html, "role=\"doc-endnotes\"") == 2);
  // Each copy's link to its method leads to its own heading.
  CHECK(count_of(out.html, "<a href=\"#method\">") == 1);
  CHECK(count_of(out.html, " id=\"method\"") == 1);
  CHECK(count_of(out.html, "<a href=\"#method-2\">") == 1);
  CHECK(count_of(out.html, " id=\"method-2\"") == 1);
}

TEST_CASE("internal links lead to an element that carries the id or become text") {
  const Output out = render(govtech_test::linked_article());
  require_golden("linked-article.html", out.html);
  for (const char* id : {"method", "results", "sampling", "dry-season", "method-2"}) {
    INFO(id);
    CHECK(count_of(out.html, std::string("<a href=\"#") + id + "\">") == 1);
    CHECK(count_of(out.html, std::string(" id=\"") + id + "\"") == 1);
  }
  CHECK_THAT(out.html, Catch::Contains("<h2 id=\"method\">Method</h2>"));
  CHECK_THAT(out.html, Catch::Contains("<span id=\"dry-season\">dry season</span>"));
  CHECK_THAT(out.html, Catch::Contains(" and a lost page."));
  CHECK_THAT(out.html, !Catch::Contains("#nowhere"));
  CHECK(out.warnings.size() == 1);
  CHECK(has_warning(out, "interview.txt:3:1: warning: link to '#nowhere'"));
  // A fragment too: only the linked headings get an id, as the reference renderer gives none.
  const Output fragment = render(govtech_test::linked_article(), {{"fragment", "true"}});
  CHECK_THAT(fragment.html, Catch::Contains("<h2 id=\"method\">Method</h2>"));
  CHECK_THAT(fragment.html, Catch::Contains("<a href=\"#nowhere\">a lost page</a>"));
}

TEST_CASE("one <h1> a page: beneath the title the highest headings are <h2>") {
  Document doc = govtech_test::linked_article();
  const Output out = render(doc);
  CHECK(heading_levels(out.html) == std::vector<int>{1, 2, 3, 2, 2});
  // Level 1 and 3 sections below a title: h2 and h3, never a skipped level.
  for (Block& block : doc.intro) {
    if (Heading* h = block.as<Heading>()) h->level = h->level == 2 ? 1 : 3;
  }
  CHECK(heading_levels(render(doc).html) == std::vector<int>{1, 2, 3, 2, 2});
  // Deep headings alone: the highest still comes right under the title.
  for (Block& block : doc.intro) {
    if (Heading* h = block.as<Heading>()) h->level += 2;
  }
  CHECK(heading_levels(render(doc).html) == std::vector<int>{1, 2, 3, 2, 2});
}
