#include "turns.hpp"

#include "blocks.hpp"
#include "govtech/recognise.hpp"

namespace govtech::text_reader {

namespace {

enum class Target { intro, question, answer };

// Builds the document one line at a time.
class TurnBuilder {
 public:
  TurnBuilder(TurnRules rules, Document& doc) : rules_(rules), doc_(doc) {}

  void start_turn(const TurnStart& turn, const SourceLine& line) {
    flush();
    if (turn.role == TurnRole::question) {
      if (target_ == Target::question && rules_.merge_consecutive_questions) {
        if (!turn.text.empty()) append_line(doc_.entries.back().question, turn.text);
        return;
      }
      QandA entry;
      entry.question_speaker = turn.label;
      entry.pos = line.pos();
      if (!turn.text.empty()) append_line(entry.question, turn.text);
      doc_.entries.push_back(std::move(entry));
      target_ = Target::question;
      return;
    }
    if (target_ != Target::intro) {
      target_ = Target::answer;
      QandA& entry = doc_.entries.back();
      if (entry.answer_speaker.empty()) entry.answer_speaker = turn.label;
      // A second answering speaker keeps their name on their paragraphs.
      if (turn.label != entry.answer_speaker) label_ = turn.label;
    } else {
      label_ = turn.label;
    }
    open_paragraph(line.pos());
    if (!turn.text.empty()) append_line(paragraph_, turn.text);
  }

  // A line that starts no turn. `new_group`: it follows a blank line.
  void continue_turn(const SourceLine& line, bool new_group) {
    if (!new_group) {
      // A line right under a question continues it, unless the question has asked already:
      // then, where unlabelled lines answer, the answer starts ("Q1. Why?" / "Because ...").
      const bool asked = target_ == Target::question &&
                         rules_.unlabelled_after_question_is_answer &&
                         asks_question(plain_text(doc_.entries.back().question));
      if (target_ == Target::question && !open_ && !asked) {
        append_line(doc_.entries.back().question, line.text);
        return;
      }
      if (asked) target_ = Target::answer;
      if (!open_) open_paragraph(line.pos());
      append_line(paragraph_, line.text);
      return;
    }
    flush();
    if (target_ == Target::question) {
      if (!rules_.unlabelled_after_question_is_answer) {
        append_line(doc_.entries.back().question, line.text);
        return;
      }
      target_ = Target::answer;
    }
    open_paragraph(line.pos());
    append_line(paragraph_, line.text);
  }

  // A whole group without turns, in the intro or an answer: it may be a list.
  bool take_plain_group(const Page& page, const Group& group) {
    if (target_ == Target::question) {
      if (!rules_.unlabelled_after_question_is_answer) return false;
      target_ = Target::answer;
    }
    flush();
    add_group_blocks(blocks(), page, group);
    return true;
  }

  void finish() {
    flush();
    if (doc_.entries.empty()) return;
    QandA& last = doc_.entries.back();
    if (last.answer.empty() && rules_.unanswered_last_question_is_trailing) {
      Block closing =
          last.question_speaker.empty()
              ? paragraph(std::move(last.question), last.pos)
              : labelled_paragraph(last.question_speaker, std::move(last.question), last.pos);
      doc_.trailing.push_back(std::move(closing));
      doc_.entries.pop_back();
    }
  }

 private:
  Blocks& blocks() { return target_ == Target::intro ? doc_.intro : doc_.entries.back().answer; }

  void open_paragraph(SourcePos pos) {
    open_ = true;
    pos_ = pos;
  }

  void flush() {
    if (open_ && !paragraph_.empty()) {
      blocks().push_back(label_.empty() ? paragraph(std::move(paragraph_), pos_)
                                        : labelled_paragraph(label_, std::move(paragraph_), pos_));
    }
    paragraph_.clear();
    label_.clear();
    open_ = false;
  }

  TurnRules rules_;
  Document& doc_;
  Target target_ = Target::intro;
  bool open_ = false;  // a paragraph is being collected
  Inlines paragraph_;
  SourcePos pos_;
  std::string label_;  // speaker to show at the head of the open paragraph
};

}  // namespace

void read_turns(const Page& page, Cursor from, const TurnClassifier& classify, TurnRules rules,
                Document& doc) {
  TurnBuilder builder(rules, doc);
  for (std::size_t g = from.group; g < page.groups.size(); ++g) {
    const Group& group = page.groups[g];
    const std::size_t first = g == from.group ? from.line : 0;
    std::vector<std::optional<TurnStart>> starts;
    starts.reserve(group.count - first);
    bool any_turn = false;
    for (std::size_t i = first; i < group.count; ++i) {
      starts.push_back(classify(page.line_of(group, i)));
      any_turn = any_turn || starts.back().has_value();
    }
    if (!any_turn && first == 0 && builder.take_plain_group(page, group)) continue;
    for (std::size_t i = first; i < group.count; ++i) {
      const SourceLine& line = page.line_of(group, i);
      if (const auto& turn = starts[i - first]) {
        builder.start_turn(*turn, line);
      } else {
        builder.continue_turn(line, i == first);
      }
    }
  }
  builder.finish();
}

}  // namespace govtech::text_reader
