// Q:/A: interviews.
#include "front_matter.hpp"
#include "header_fields.hpp"
#include "layouts.hpp"
#include "turns.hpp"

namespace govtech::text_reader {

namespace {

std::optional<TurnStart> qa_turn(const SourceLine& line) {
  // Cheap test first: every Q/A label starts with one of these letters.
  char c = line.text[0];
  if (c != 'Q' && c != 'q' && c != 'A' && c != 'a') return std::nullopt;
  auto field = split_label(line.text);
  if (!field) return std::nullopt;
  if (field->key == "q" || field->key == "question") {
    return TurnStart{TurnRole::question, {}, field->value};
  }
  if (field->key == "a" || field->key == "answer") {
    return TurnStart{TurnRole::answer, {}, field->value};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Document> read_qa_layout(const Page& page) {
  // An interview in this layout asks at least once and answers after it.
  bool asked = false;
  bool answered = false;
  for (const SourceLine& line : page.lines) {
    auto turn = qa_turn(line);
    if (!turn) continue;
    if (turn->role == TurnRole::question) asked = true;
    if (turn->role == TurnRole::answer && asked) answered = true;
    if (answered) break;
  }
  if (!answered) return std::nullopt;

  Document doc;
  FrontMatter front = read_front_matter(
      page, doc.meta, [](const SourceLine& line) { return qa_turn(line).has_value(); });
  read_turns(page, front.body, qa_turn,
             {.merge_consecutive_questions = false,
              .unlabelled_after_question_is_answer = true,
              .unanswered_last_question_is_trailing = false},
             doc);
  return doc;
}

}  // namespace govtech::text_reader
