// Numbered interviews: a title, "Interview by ...", then "1. What ...?" questions, each
// followed by its answer.
#include <vector>

#include "blocks.hpp"
#include "front_matter.hpp"
#include "header_fields.hpp"
#include "layouts.hpp"

namespace govtech::text_reader {

namespace {

constexpr std::size_t kMaxQuestionBytes = 400;
constexpr std::size_t kMaxQuestionLines = 3;  // a hard-wrapped question

struct NumberedQuestion {
  std::size_t group = 0;
  std::size_t lines = 1;  // lines of the group that hold the question
  bool asks = false;      // ends with a question mark
};

// The question a group starts with if its first line carries the `expected` number. The
// question runs to the first line ending in '?' within a few lines; without one, it is the
// first line alone.
std::optional<NumberedQuestion> question_at(const Page& page, std::size_t g, int expected) {
  const Group& group = page.groups[g];
  auto item = numbered_item(page.first_line(group).text);
  if (!item || item->number != expected) return std::nullopt;
  NumberedQuestion q{g, 1, false};
  for (std::size_t i = 0; i < group.count && i < kMaxQuestionLines; ++i) {
    if (ends_with_question_mark(page.line_of(group, i).text)) {
      q.lines = i + 1;
      q.asks = true;
      break;
    }
  }
  if (!q.asks && page.first_line(group).text.size() > kMaxQuestionBytes) return std::nullopt;
  return q;
}

}  // namespace

std::optional<Document> read_numbered_layout(const Page& page) {
  std::vector<NumberedQuestion> questions;
  for (std::size_t g = 0; g < page.groups.size(); ++g) {
    if (auto q = question_at(page, g, static_cast<int>(questions.size()) + 1)) {
      questions.push_back(*q);
    }
  }
  if (questions.size() < 2) return std::nullopt;
  std::size_t asking = 0;
  for (const auto& q : questions) asking += q.asks;

  Document doc;
  const std::uint32_t first_question_line = page.first_line(page.groups[questions[0].group]).number;
  FrontMatter front = read_front_matter(
      page, doc.meta, [&](const SourceLine& line) { return line.number >= first_question_line; });
  // Numbered sections of an essay are not questions: ask most of the time, or say it is one.
  if (asking * 2 < questions.size() && doc.meta.authors.empty()) return std::nullopt;

  // Whatever lies between the header block and question 1 is the introduction.
  for (std::size_t g = front.body.group; g < questions[0].group; ++g) {
    const std::size_t from = g == front.body.group ? front.body.line : 0;
    add_group_blocks(doc.intro, page, page.groups[g], from);
  }
  bool answered = false;
  for (std::size_t k = 0; k < questions.size(); ++k) {
    const NumberedQuestion& q = questions[k];
    const Group& group = page.groups[q.group];
    QandA entry;
    entry.pos = page.first_line(group).pos();
    append_line(entry.question, numbered_item(page.first_line(group).text)->text);
    for (std::size_t i = 1; i < q.lines; ++i)
      append_line(entry.question, page.line_of(group, i).text);
    // Lines under the question in the same group start the answer.
    if (q.lines < group.count) add_group_blocks(entry.answer, page, group, q.lines);
    const std::size_t end = k + 1 < questions.size() ? questions[k + 1].group : page.groups.size();
    for (std::size_t g = q.group + 1; g < end; ++g) {
      add_group_blocks(entry.answer, page, page.groups[g]);
    }
    answered = answered || !entry.answer.empty();
    doc.entries.push_back(std::move(entry));
  }
  if (!answered) return std::nullopt;
  return doc;
}

}  // namespace govtech::text_reader
