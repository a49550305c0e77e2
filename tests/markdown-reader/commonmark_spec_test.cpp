// CommonMark 0.30 conformance: every example of the spec goes through the real program, Markdown
// reader and HTML writer (`govtech-convert - -f markdown -t html --fragment --unsafe -o -`), and
// its output must match the spec's HTML after normalising both (see html_normalise.hpp).
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "cli_runner.hpp"
#include "files.hpp"
#include "html_normalise.hpp"

using govtech::testing::normalise_html;
using govtech::testing::run_cli;

namespace {

// The spec as the npm package commonmark-spec 0.30.0 ships it, installed with the validators
// (.ci/install-validators), so that a clone of the project alone runs its own suite.
constexpr const char* kSpecPath =
    GOVTECH_SOURCE_DIR "/tests/validators/node_modules/commonmark-spec/spec.txt";

struct Example {
  int number = 0;
  std::string markdown;
  std::string html;
};

std::string with_tabs(std::string text) {
  const std::string arrow = "\xE2\x86\x92";  // the spec writes a tab as →
  for (std::size_t at = text.find(arrow); at != std::string::npos; at = text.find(arrow, at)) {
    text.replace(at, arrow.size(), "\t");
  }
  return text;
}

std::vector<Example> read_examples() {
  std::istringstream spec(govtech::testing::read_file(kSpecPath));
  const std::string fence(32, '`');
  std::vector<Example> examples;
  std::string line;
  while (std::getline(spec, line)) {
    if (line != fence + " example") continue;
    Example example;
    example.number = static_cast<int>(examples.size()) + 1;
    std::string* part = &example.markdown;
    while (std::getline(spec, line) && line != fence) {
      if (line == "." && part == &example.markdown) {
        part = &example.html;
        continue;
      }
      *part += line + "\n";
    }
    example.markdown = with_tabs(example.markdown);
    example.html = with_tabs(example.html);
    examples.push_back(std::move(example));
  }
  return examples;
}

struct Outcome {
  bool passed = false;
  int exit_code = 0;
  std::string actual;
  std::string error;
};

// Runs every example (on a few threads: each one is a process) and returns the outcomes.
std::vector<Outcome> run_examples(const std::vector<Example>& examples, const std::string& format,
                                  const std::vector<std::string>& extra = {}) {
  std::vector<Outcome> outcomes(examples.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < examples.size(); i = next++) {
      std::vector<std::string> args = {"-",          "-f",       format, "-t", "html",
                                       "--fragment", "--unsafe", "-o",   "-"};
      args.insert(args.end(), extra.begin(), extra.end());
      auto result = run_cli(args, examples[i].markdown);
      Outcome& o = outcomes[i];
      o.exit_code = result.exit_code;
      o.actual = result.out;
      o.error = result.err;
      o.passed =
          result.exit_code == 0 && normalise_html(result.out) == normalise_html(examples[i].html);
    }
  };
  std::vector<std::thread> threads;
  unsigned count = std::clamp(std::thread::hardware_concurrency(), 2u, 4u);
  for (unsigned t = 0; t < count; ++t) threads.emplace_back(worker);
  for (auto& t : threads) t.join();
  return outcomes;
}

std::string report(const std::vector<Example>& examples, const std::vector<Outcome>& outcomes,
                   const std::set<int>& failing) {
  std::ostringstream out;
  out << (examples.size() - failing.size()) << " of " << examples.size()
      << " CommonMark examples pass";
  if (failing.empty()) return out.str();
  out << "; failing:";
  for (int n : failing) out << ' ' << n;
  int shown = 0;
  for (int n : failing) {
    if (++shown > 10) break;
    const Outcome& o = outcomes[static_cast<std::size_t>(n - 1)];
    out << "\n--- example " << n << " ---\ninput:\n"
        << examples[static_cast<std::size_t>(n - 1)].markdown << "expected:\n"
        << examples[static_cast<std::size_t>(n - 1)].html << "actual (exit " << o.exit_code
        << "):\n"
        << o.actual << o.error;
  }
  return out.str();
}

std::set<int> failures(const std::vector<Example>& examples, const std::vector<Outcome>& outcomes) {
  std::set<int> failing;
  for (std::size_t i = 0; i < examples.size(); ++i) {
    if (!outcomes[i].passed) failing.insert(examples[i].number);
  }
  return failing;
}

}  // namespace

TEST_CASE("the spec file holds the 652 examples of CommonMark 0.30") {
  auto examples = read_examples();
  REQUIRE(examples.size() == 652);
  CHECK(examples[0].markdown == "\tfoo\tbaz\t\tbim\n");
  CHECK(examples[0].html == "<pre><code>foo\tbaz\t\tbim\n</code></pre>\n");
}

// Strict `-f commonmark` must render every example as the spec says.
TEST_CASE("CommonMark 0.30 conformance: all 652 examples as commonmark") {
  auto examples = read_examples();
  REQUIRE(examples.size() == 652);
  auto outcomes = run_examples(examples, "commonmark");
  std::set<int> failing = failures(examples, outcomes);
  std::string summary = report(examples, outcomes, failing);
  WARN("-f commonmark: " << summary.substr(0, summary.find('\n')));
  INFO("-f commonmark: " << summary);
  CHECK(failing.empty());
}

// `-f markdown` reads pandoc's extensions too. With smart punctuation off (it curls the
// spec's straight quotes by design), one of them changes what spec examples mean: an image
// alone in its paragraph with a title is a figure captioned by that title (571, 572, 575,
// 576, 583-588, 590; 586's caption is the line after the image). Every other example must
// pass, and those must be figures.
TEST_CASE("CommonMark 0.30 conformance as markdown: all but the titled lone images") {
  auto examples = read_examples();
  REQUIRE(examples.size() == 652);
  auto outcomes = run_examples(examples, "markdown", {"-V", "smart=false"});
  std::set<int> failing = failures(examples, outcomes);
  const std::set<int> figures = {571, 572, 575, 576, 583, 584, 585, 586, 587, 588, 590};
  std::set<int> unexpected;
  std::set_difference(failing.begin(), failing.end(), figures.begin(), figures.end(),
                      std::inserter(unexpected, unexpected.begin()));
  std::string summary = report(examples, outcomes, unexpected);
  WARN((examples.size() - failing.size())
       << " of 652 examples pass as markdown; the others should be exactly the 11 titled lone "
          "images (unexpected: "
       << unexpected.size() << ")");
  INFO(summary);
  CHECK(unexpected.empty());
  for (int n : figures) {
    INFO("example " << n << ": " << outcomes[static_cast<std::size_t>(n - 1)].actual);
    CHECK(outcomes[static_cast<std::size_t>(n - 1)].actual.find("<figure>") != std::string::npos);
  }
}

// gfm adds bare URL and e-mail autolinks. They change what three spec examples mean: 607, 610
// and 611 show bare addresses staying text, and on GitHub they become links. Everything else
// must pass.
TEST_CASE("CommonMark 0.30 conformance as gfm: all but the three bare-autolink examples") {
  auto examples = read_examples();
  REQUIRE(examples.size() == 652);
  auto outcomes = run_examples(examples, "gfm");
  std::set<int> failing = failures(examples, outcomes);
  const std::set<int> autolinked = {607, 610, 611};
  std::set<int> unexpected;
  std::set_difference(failing.begin(), failing.end(), autolinked.begin(), autolinked.end(),
                      std::inserter(unexpected, unexpected.begin()));
  std::string summary = report(examples, outcomes, unexpected);
  WARN((examples.size() - failing.size())
       << " of 652 examples pass with the GitHub extensions; the others should be exactly the "
          "bare-autolink examples 607, 610 and 611 (unexpected: "
       << unexpected.size() << ")");
  INFO(summary);
  CHECK(unexpected.empty());
  for (int n : autolinked) {
    INFO("example " << n << ": " << outcomes[static_cast<std::size_t>(n - 1)].actual);
    CHECK(outcomes[static_cast<std::size_t>(n - 1)].actual.find("<a href=\"") != std::string::npos);
  }
}
