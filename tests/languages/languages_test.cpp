// Interviews in many languages and scripts, converted as a new user would: no -M lang. Each
// must come out with its language detected, its direction, and every question found
// (tests/languages/expected.tsv says which).
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>
#include <vector>

#include "cli_runner.hpp"
#include "files.hpp"

using namespace govtech::testing;

namespace {

struct Expected {
  std::string file, lang, dir;
  int questions = 0;
};

std::vector<Expected> expectations() {
  std::vector<Expected> all;
  std::ifstream in(source_path("tests/languages/expected.tsv"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    Expected e;
    fields >> e.file >> e.lang >> e.dir >> e.questions;
    all.push_back(e);
  }
  return all;
}

std::string first_match(const std::string& text, const std::string& pattern) {
  std::smatch m;
  return std::regex_search(text, m, std::regex(pattern)) ? m[1].str() : std::string{};
}

}  // namespace

TEST_CASE("every language converts with its language, direction and questions, unprompted") {
  const auto all = expectations();
  REQUIRE(all.size() >= 22);
  for (const Expected& e : all) {
    INFO(e.file);
    TempDir dir;
    const std::string input = source_path("tests/languages/" + e.file).string();
    auto html = run_cli({input, "-t", "html", "-o", (dir / "out.html").string(), "--report",
                         (dir / "report.json").string()});
    REQUIRE(html.exit_code == 0);
    CHECK_THAT(html.err, Catch::Contains("language not given; detected " + e.lang + " ("));
    const std::string page = read_file(dir / "out.html");
    CHECK(first_match(page, "<html lang=\"([^\"]*)\"") == e.lang);
    const std::string page_dir = first_match(page, "<html lang=\"[^\"]*\" dir=\"([^\"]*)\"");
    CHECK(page_dir == (e.dir == "rtl" ? "rtl" : ""));
    CHECK(first_match(read_file(dir / "report.json"), "\"questions\": ?([0-9]+)") ==
          std::to_string(e.questions));

    auto docbook = run_cli({input, "-q", "-t", "docbook", "-o", (dir / "out.xml").string()});
    REQUIRE(docbook.exit_code == 0);
    const std::string xml = read_file(dir / "out.xml");
    CHECK(first_match(xml, "<article [^>]*xml:lang=\"([^\"]*)\"") == e.lang);
    CHECK(first_match(xml, "<article [^>]*dir=\"([^\"]*)\"") == (e.dir == "rtl" ? "rtl" : ""));
  }
}

TEST_CASE("-M lang= wins over detection, and -M dir= over the language") {
  TempDir dir;
  const std::string input = source_path("tests/languages/rtl/ar-published.txt").string();
  auto r = run_cli({input, "-t", "html", "-o", (dir / "out.html").string(), "-M", "lang=fa"});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, !Catch::Contains("detected"));
  CHECK_THAT(read_file(dir / "out.html"), Catch::Contains("<html lang=\"fa\" dir=\"rtl\">"));
  r = run_cli({source_path("tests/languages/fr-published.txt").string(), "-t", "html", "-o",
               (dir / "fr.html").string(), "-M", "dir=rtl"});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(read_file(dir / "fr.html"), Catch::Contains("<html lang=\"fr\" dir=\"rtl\">"));
}

TEST_CASE("too little text is not guessed at: the missing-language warning stays") {
  TempDir dir;
  write_file(dir / "short.txt", "안녕하세요?\n\n네.\n");
  auto r = run_cli({(dir / "short.txt").string(), "-t", "html", "-o", (dir / "out.html").string()});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, !Catch::Contains("detected"));
  CHECK_THAT(r.err, Catch::Contains("does not say its language"));
}

TEST_CASE("-v tells how sure the detection was") {
  TempDir dir;
  auto r = run_cli({source_path("tests/languages/ko-published.txt").string(), "-v", "-t", "json",
                    "-o", (dir / "out.json").string()});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("note: language detection: ko in ") &&
                        Catch::Contains("judged reliable"));
}

TEST_CASE("a Hebrew EPUB turns its pages right to left and says dir on every document") {
  TempDir dir;
  const std::string epub = (dir / "he.epub").string();
  auto r = run_cli({source_path("tests/languages/rtl/he-transcript.txt").string(), "-q", "-t",
                    "epub", "-o", epub});
  REQUIRE(r.exit_code == 0);
  auto unzip = [&](const std::string& entry) {
    CliRun run{.args = {"-p", epub, entry}, .program = "/usr/bin/unzip"};
    return run_cli(run).out;
  };
  CHECK_THAT(unzip("EPUB/package.opf"),
             Catch::Contains("<spine toc=\"ncx\" page-progression-direction=\"rtl\">"));
  for (const char* page : {"EPUB/nav.xhtml", "EPUB/text/title.xhtml", "EPUB/text/interview.xhtml"})
    CHECK_THAT(unzip(page), Catch::Contains("xml:lang=\"he\" lang=\"he\" dir=\"rtl\">"));
  CHECK_THAT(unzip("EPUB/nav.xhtml"), Catch::Contains("תוכן העניינים"));
}

TEST_CASE("an English interview with one Korean answer marks that answer, and nothing else") {
  TempDir dir;
  write_file(dir / "mixed.txt",
             "Working across borders\n\n"
             "How did the cooperation programme with the Korean ministry begin?\n\n"
             "It began with a study visit in 2019, when our digital service team spent two weeks "
             "with the officials who run the national procurement system and learned how they "
             "publish every contract as open data.\n\n"
             "What did your counterpart say about it at the time?\n\n"
             "처음에는 서로의 제도를 이해하는 데 시간이 많이 걸렸습니다. 하지만 함께 문제를 "
             "풀어 가면서 신뢰가 쌓였고, 지금은 매년 두 나라의 공무원이 서로 방문하고 있습니다.\n\n"
             "What comes next for the programme?\n\n"
             "Next year we will open the same exchange to three more countries in the region, and "
             "publish what we learn so that other teams can reuse it without asking us first.\n");
  auto r = run_cli(
      {(dir / "mixed.txt").string(), "-v", "-t", "html", "-o", (dir / "out.html").string()});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err,
             Catch::Contains("detected en (English") && Catch::Contains("answer in ko (Korean"));
  const std::string page = read_file(dir / "out.html");
  CHECK_THAT(page, Catch::Contains("<html lang=\"en\">"));
  CHECK_THAT(page, Catch::Contains("<div lang=\"ko\">"));
  std::size_t marked = 0;
  for (std::size_t at = page.find(" lang=\""); at != std::string::npos;
       at = page.find(" lang=\"", at + 1))
    ++marked;
  CHECK(marked == 2);  // the page and the Korean answer
}

TEST_CASE("an Arabic answer in an English interview runs right to left on its own") {
  TempDir dir;
  write_file(dir / "mixed.txt",
             "How did the exchange with the Arabic-speaking ministries start?\n\n"
             "We met at a regional conference on digital identity, and agreed to compare how our "
             "services verify a citizen's identity before they issue any certificate online.\n\n"
             "What did the delegation tell you?\n\n"
             "قال رئيس الوفد إن أهم ما تعلمناه هو أن الخدمة الجيدة تبدأ من احتياجات المواطن، "
             "وليس من التقنية نفسها، وأن الشراكة بين الحكومات تحتاج إلى صبر طويل.\n\n"
             "Where does the work go from here?\n\n"
             "We are writing a shared guide to identity checks, in both languages, that any "
             "ministry in the region can adopt and change to suit its own laws and services.\n");
  auto r = run_cli({(dir / "mixed.txt").string(), "-q", "-t", "html", "-o",
                    (dir / "out.html").string(), "-M", "lang=en"});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(read_file(dir / "out.html"), Catch::Contains("<div lang=\"ar\" dir=\"rtl\">"));
}

namespace {

// About 600 bytes of plain English prose, different in each call, for long documents.
std::string english_paragraph(int n) {
  return "In the " + std::to_string(n) +
         "th week of the programme the team reviewed how each regional office answers the "
         "letters it receives, which forms it still prints on paper, and how long a citizen "
         "waits before anyone replies. They wrote down every step, asked the staff which "
         "steps they would remove first, and published the notes so that other offices could "
         "compare their own ways of working with what they had found in this one.\n\n";
}

const char* const kFrenchParagraph =
    "Nous avons appris que la confiance entre les administrations se construit lentement, "
    "réunion après réunion, et que chaque service doit pouvoir expliquer ses propres règles "
    "avant de demander aux autres de changer les leurs.\n\n";

const char* const kKoreanParagraph =
    "우리는 지역 사무소마다 민원 처리 방식이 조금씩 다르다는 것을 알게 되었고, 그 차이를 "
    "정리해서 모든 직원이 함께 볼 수 있는 안내서를 만들었습니다.\n\n";

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

// An answer mostly in the document's language is judged as a whole first; only one that may
// hold a paragraph in another language is judged paragraph by paragraph.
TEST_CASE("a French paragraph inside an English answer is marked, its English neighbours not") {
  TempDir dir;
  write_file(dir / "mixed.txt", "What did the partner ministry teach you?\n\n" +
                                    english_paragraph(1) + kFrenchParagraph + english_paragraph(2) +
                                    "And what will you do differently next year?\n\n" +
                                    english_paragraph(3) + english_paragraph(4) +
                                    "What is the last word?\n\n" + english_paragraph(5));
  auto r = run_cli({(dir / "mixed.txt").string(), "-v", "-t", "html", "-M", "lang=en", "-o",
                    (dir / "out.html").string()});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("paragraph in fr (French"));
  const std::string page = read_file(dir / "out.html");
  CHECK(count_of(page, "<div lang=\"fr\">") == 1);
  CHECK(count_of(page, " lang=\"") == 2);  // the page and the French paragraph
}

// A document that is not an interview is all introduction: judged a stretch at a time.
TEST_CASE("in a long article, a Korean and a French paragraph far apart are each marked") {
  TempDir dir;
  std::string text = "# Notes from the regional offices\n\n";
  for (int i = 0; i < 40; ++i) {
    if (i == 7) text += kKoreanParagraph;
    if (i == 31) text += kFrenchParagraph;
    text += english_paragraph(i);
  }
  write_file(dir / "article.md", text);
  auto r = run_cli({(dir / "article.md").string(), "-q", "-t", "html", "-M", "lang=en", "-o",
                    (dir / "out.html").string()});
  REQUIRE(r.exit_code == 0);
  const std::string page = read_file(dir / "out.html");
  CHECK(count_of(page, "<div lang=\"ko\">") == 1);
  CHECK(count_of(page, "<div lang=\"fr\">") == 1);
  CHECK(count_of(page, " lang=\"") == 3);
}

TEST_CASE("a question asked in another language is marked on its own, in every writer") {
  TempDir dir;
  write_file(dir / "mixed.txt",
             "How did the cooperation with the partner ministry in Seoul begin?\n\n" +
                 english_paragraph(1) +
                 "한국의 공무원들과 함께 일하면서 가장 기억에 남는 순간은 무엇이었고, 그 경험이 "
                 "지금 하시는 일에 어떤 영향을 주었습니까?\n\n" +
                 english_paragraph(2) + "What comes next for the programme?\n\n" +
                 english_paragraph(3));
  auto r = run_cli({(dir / "mixed.txt").string(), "-v", "-t", "html", "-M", "lang=en", "-o",
                    (dir / "out.html").string()});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("question in ko (Korean"));
  const std::string page = read_file(dir / "out.html");
  CHECK(count_of(page, "<span lang=\"ko\">한국의") == 1);
  CHECK(count_of(page, " lang=\"") == 2);
  auto db = run_cli({(dir / "mixed.txt").string(), "-q", "-t", "docbook", "-M", "lang=en", "-o",
                     (dir / "out.xml").string()});
  REQUIRE(db.exit_code == 0);
  CHECK(count_of(read_file(dir / "out.xml"), "xml:lang=\"ko\"") == 1);
}

TEST_CASE("a Russian interview's Вопрос:/Ответ: labels are read as labels, not kept as words") {
  TempDir dir;
  write_file(dir / "ru.txt",
             "Вопрос: Как началась ваша работа над новой платформой услуг?\n\n"
             "Ответ: Мы поговорили с жителями трёх областей и записали, какие документы им "
             "приходится приносить в ведомства снова и снова.\n\n"
             "Вопрос: Что оказалось самым трудным?\n\n"
             "Ответ: Договориться о единых правилах обмена данными между министерствами.\n\n"
             "Вопрос: Что дальше?\n\n"
             "Ответ: В следующем году мы откроем платформу для муниципалитетов.\n");
  auto r =
      run_cli({(dir / "ru.txt").string(), "-q", "-t", "html", "-o", (dir / "out.html").string()});
  REQUIRE(r.exit_code == 0);
  const std::string page = read_file(dir / "out.html");
  CHECK(count_of(page, "<h2 id=") == 3);
  CHECK(count_of(page, "Вопрос") == 0);
  CHECK(count_of(page, "Ответ") == 0);
}

namespace {

// Converts `file` (written in `dir`) with -v, then checks that it marks `french` and `korean`
// divisions, that the notes about them (`what` in fr or ko) come in the document's order, and
// that converting again gives the same notes and page.
void check_marked_in_order(const TempDir& dir, const std::string& file, const std::string& what,
                           std::size_t french, std::size_t korean) {
  auto convert = [&] {
    return run_cli({(dir / file).string(), "-v", "-t", "html", "-M", "lang=en", "-o",
                    (dir / "out.html").string()});
  };
  const auto first = convert();
  REQUIRE(first.exit_code == 0);
  const std::string page = read_file(dir / "out.html");
  CHECK(count_of(page, "<div lang=\"fr\">") == french);
  CHECK(count_of(page, "<div lang=\"ko\">") == korean);
  // The notes name the parts' lines.
  std::vector<int> lines;
  const std::regex note(":(\\d+):(?:\\d+:)? note: " + what + " in (fr|ko) ");
  for (auto m = std::sregex_iterator(first.err.begin(), first.err.end(), note);
       m != std::sregex_iterator(); ++m) {
    lines.push_back(std::stoi((*m)[1].str()));
  }
  CHECK(lines.size() == french + korean);
  CHECK(std::is_sorted(lines.begin(), lines.end()));
  for (int round = 0; round < 2; ++round) {
    const auto again = convert();
    CHECK(again.err == first.err);
    CHECK(read_file(dir / "out.html") == page);
  }
}

}  // namespace

// A long interview's parts are judged on several threads: what is marked, and the order of the
// notes that say so, must not depend on which thread judged what.
TEST_CASE("a long interview's answers in other languages are marked, and noted in order") {
  TempDir dir;
  std::string text;
  std::size_t french = 0;
  std::size_t korean = 0;
  for (int i = 0; i < 400; ++i) {
    text += "What did the office in district " + std::to_string(i) + " change this year?\n\n";
    if (i % 37 == 5) {
      text += kFrenchParagraph;
      ++french;
    } else if (i % 53 == 11) {
      text += kKoreanParagraph;
      ++korean;
    } else {
      text += english_paragraph(i);
    }
  }
  write_file(dir / "long.txt", text);
  check_marked_in_order(dir, "long.txt", "answer", french, korean);
}

// A long article (no questions) is judged a stretch at a time, the stretches on several
// threads: each paragraph in another language is marked, and the notes come in order.
TEST_CASE("a long article's paragraphs in other languages are marked, and noted in order") {
  TempDir dir;
  std::string text = "# What the regional offices wrote down\n\n";
  std::size_t french = 0;
  std::size_t korean = 0;
  for (int i = 0; i < 1000; ++i) {
    if (i % 97 == 13) {
      text += kFrenchParagraph;
      ++french;
    } else if (i % 131 == 40) {
      text += kKoreanParagraph;
      ++korean;
    }
    text += english_paragraph(i);
  }
  write_file(dir / "article.md", text);
  check_marked_in_order(dir, "article.md", "paragraph", french, korean);
}
