// Interviews written as labelled turns: "Q: ... / A: ..." or a transcript's "NAME: ...".
// A classifier says which lines start a turn, and whose; this builds the Q&A entries from them.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "govtech/ast.hpp"
#include "page.hpp"

namespace govtech::text_reader {

enum class TurnRole { question, answer };

struct TurnStart {
  TurnRole role = TurnRole::question;
  std::string label;      // the speaker label to keep on the entry; empty for Q:/A:
  std::string_view text;  // the line after its label; may be empty
};

using TurnClassifier = std::function<std::optional<TurnStart>(const SourceLine&)>;

struct TurnRules {
  // Questions in a row join into one (a host's remarks before the actual question);
  // otherwise each starts a new entry.
  bool merge_consecutive_questions = false;
  // An unlabelled paragraph after a question is the answer (Q:/A: texts often label only the
  // question); otherwise it continues the question's speaker.
  bool unlabelled_after_question_is_answer = true;
  // A final question nobody answers is a closing remark: keep it after the entries.
  bool unanswered_last_question_is_trailing = false;
};

// Reads the turns from `from` to the end of `page` into `doc`. Paragraphs before the first
// question go to the intro.
void read_turns(const Page& page, Cursor from, const TurnClassifier& classify, TurnRules rules,
                Document& doc);

}  // namespace govtech::text_reader
