// Q:/A: interviews.
#include <string>
#include <utility>

#include "front_matter.hpp"
#include "govtech/recognise.hpp"
#include "header_fields.hpp"
#include "layouts.hpp"
#include "spaces.hpp"
#include "turns.hpp"

namespace govtech::text_reader {

namespace {

// "Q:", "Q :", "Q.", "Q -", "Q –" and the rest: the label's key (lower-cased) and the text after.
std::optional<std::pair<std::string, std::string_view>> qa_label(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size() && end < 24 && text[end] != ' ' && text[end] != ':' &&
         text[end] != '.' && text[end] != '\t') {
    ++end;
  }
  if (end == 0 || end >= text.size()) return std::nullopt;
  std::size_t at = end;
  while (at < text.size() && text[at] == ' ') ++at;
  std::string_view rest = text.substr(at);
  std::size_t mark = 0;
  for (std::string_view sep : {":", "\xEF\xBC\x9A", ".", "-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (rest.substr(0, sep.size()) == sep) {
      mark = sep.size();
      break;
    }
  }
  if (mark == 0) return std::nullopt;
  // "Q." and "Q -" need a space after them, so that "Q.E.D." and "A-level" are no labels.
  if (rest[0] != ':' && (mark >= rest.size() || rest[mark] != ' ')) return std::nullopt;
  std::string key(text.substr(0, end));
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  // "Q1", "A12": numbered labels are the label.
  if (key.size() > 1 && (key[0] == 'q' || key[0] == 'a') &&
      key.find_first_not_of("0123456789", 1) == std::string::npos) {
    key.resize(1);
  }
  // An initial and a full stop opens many a sentence ("D. Osei said"): only Q. and A. label.
  if (rest[0] == '.' && key != "q" && key != "a") return std::nullopt;
  return std::make_pair(std::move(key), trim_spaces(rest.substr(mark)));
}

std::optional<TurnStart> qa_turn(const SourceLine& line) {
  auto label = qa_label(line.text);
  if (!label) return std::nullopt;
  switch (qa_label_kind(label->first)) {
    case QaLabel::question:
      return TurnStart{TurnRole::question, {}, label->second};
    case QaLabel::answer:
      return TurnStart{TurnRole::answer, {}, label->second};
    case QaLabel::none:
      break;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Document> read_qa_layout(const Page& page) {
  // An interview in this layout asks at least once and answers after it.
  // Or it labels only its questions ("Q1. ...", answer beneath), two of them at least, each
  // with something unlabelled after it.
  bool asked = false;
  bool answered = false;
  std::size_t questions_with_text_after = 0;
  for (std::size_t i = 0; i < page.lines.size(); ++i) {
    auto turn = qa_turn(page.lines[i]);
    if (!turn) continue;
    if (turn->role == TurnRole::question) {
      asked = true;
      if (i + 1 < page.lines.size() && !qa_turn(page.lines[i + 1])) ++questions_with_text_after;
    }
    if (turn->role == TurnRole::answer && asked) answered = true;
    if (answered) break;
  }
  if (!answered && questions_with_text_after < 2) return std::nullopt;

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
