// Transcripts: "NAME: text" turns. The interviewer's turns are the questions.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "blocks.hpp"
#include "front_matter.hpp"
#include "govtech/text.hpp"
#include "header_fields.hpp"
#include "layouts.hpp"
#include "turns.hpp"

namespace govtech::text_reader {

namespace {

struct Speaker {
  std::string label;  // as first written
  std::size_t turns = 0;
  std::size_t questions = 0;  // turns ending with a question mark
  std::size_t first_turn = 0;
  bool asks = false;
};

using SpeakerMap = std::unordered_map<std::string, Speaker>;  // by lower-cased label

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : lower(text)) {
    if (c == ' ') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// "JANE", "Jane Doe" and "Ms Doe" all refer to "Jane Doe": every word of the label except
// a title appears in the name.
bool label_names(std::string_view key, std::string_view name) {
  auto label = words_of(key);
  auto full = words_of(name);
  bool matched = false;
  for (const auto& word : label) {
    bool in_name = std::find(full.begin(), full.end(), word) != full.end();
    if (in_name) {
      matched = true;
    } else if (word != "ms" && word != "mr" && word != "mrs" && word != "dr" && word != "prof") {
      return false;
    }
  }
  return matched;
}

bool named_by_any(std::string_view key, const std::vector<std::string>& names) {
  return std::any_of(names.begin(), names.end(),
                     [&](const std::string& name) { return label_names(key, name); });
}

// Every label-like line beginning, counted, in the lines from `from` on.
SpeakerMap count_labels(const Page& page, std::size_t first_line) {
  SpeakerMap speakers;
  for (std::size_t i = first_line; i < page.lines.size(); ++i) {
    auto field = split_label(page.lines[i].text);
    if (!field || field->value.empty()) continue;
    Speaker& s = speakers[field->key];
    if (s.turns == 0) {
      s.label = std::string(field->key_as_written);
      s.first_turn = i;
    }
    ++s.turns;
    if (ends_with_question_mark(field->value)) ++s.questions;
  }
  return speakers;
}

// Decides who asks: those the header names as hosts; else everyone the header does not name
// as a guest; else the speaker who most often ends a turn with a question mark.
void choose_interviewers(SpeakerMap& speakers, const FrontMatter& front) {
  bool any = false;
  for (auto& [key, s] : speakers) {
    s.asks = key == "host" || key == "interviewer" || named_by_any(key, front.hosts);
    any = any || s.asks;
  }
  if (any) return;
  if (!front.guests.empty()) {
    for (auto& [key, s] : speakers) {
      s.asks = !(key == "guest" || named_by_any(key, front.guests));
      any = any || s.asks;
    }
    if (any) return;
  }
  Speaker* best = nullptr;
  for (auto& [key, s] : speakers) {
    auto score = [](const Speaker& x) { return static_cast<double>(x.questions) / x.turns; };
    if (!best || score(s) > score(*best) ||
        (score(s) == score(*best) && s.first_turn < best->first_turn)) {
      best = &s;
    }
  }
  if (best) best->asks = true;
}

std::size_t line_index(const Page& page, Cursor at) {
  if (at.group >= page.groups.size()) return page.lines.size();
  return page.groups[at.group].first + at.line;
}

}  // namespace

std::optional<Document> read_transcript_layout(const Page& page) {
  SpeakerMap all = count_labels(page, 0);
  // A speaker speaks at least twice; a header line is counted once and does not make one.
  auto is_turn = [&](const SourceLine& line) {
    auto field = split_label(line.text);
    if (!field || field->value.empty() || is_header_line(line.text)) return false;
    auto it = all.find(field->key);
    return it != all.end() && it->second.turns >= 2;
  };

  Document doc;
  FrontMatter front = read_front_matter(page, doc.meta, is_turn);
  const std::size_t body_start = line_index(page, front.body);
  SpeakerMap speakers = count_labels(page, body_start);
  for (auto it = speakers.begin(); it != speakers.end();) {
    bool named = named_by_any(it->first, front.hosts) || named_by_any(it->first, front.guests);
    if (it->second.turns >= 2 || named) {
      ++it;
    } else {
      it = speakers.erase(it);
    }
  }
  if (speakers.size() < 2) return std::nullopt;

  // Most of the body must be turns, or this is prose that happens to hold a few colons.
  std::size_t turn_groups = 0;
  std::size_t body_groups = 0;
  for (std::size_t g = front.body.group; g < page.groups.size(); ++g) {
    ++body_groups;
    auto field = split_label(page.first_line(page.groups[g]).text);
    if (field && speakers.count(field->key)) ++turn_groups;
  }
  std::size_t turn_lines = 0;
  for (const auto& [key, s] : speakers) turn_lines += s.turns;
  if (turn_lines < 4 || turn_groups * 2 < body_groups) return std::nullopt;

  choose_interviewers(speakers, front);
  auto classify = [&](const SourceLine& line) -> std::optional<TurnStart> {
    auto field = split_label(line.text);
    if (!field) return std::nullopt;
    auto it = speakers.find(field->key);
    if (it == speakers.end()) return std::nullopt;
    return TurnStart{it->second.asks ? TurnRole::question : TurnRole::answer,
                     collapse_spaces(field->key_as_written), field->value};
  };
  read_turns(page, front.body, classify,
             {.merge_consecutive_questions = true,
              .unlabelled_after_question_is_answer = false,
              .unanswered_last_question_is_trailing = true},
             doc);
  if (doc.entries.empty()) return std::nullopt;
  return doc;
}

}  // namespace govtech::text_reader
