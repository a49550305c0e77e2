// Transcripts: "NAME: text" turns. The interviewer's turns are the questions.
#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "blocks.hpp"
#include "front_matter.hpp"
#include "govtech/recognise.hpp"
#include "govtech/text.hpp"
#include "header_fields.hpp"
#include "layouts.hpp"
#include "spaces.hpp"
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

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : ascii_lower(text)) {
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
  // Chinese and Japanese names have no spaces: "山本" is the family name of "山本由紀".
  if (!key.empty() && static_cast<unsigned char>(key[0]) >= 0xE3 &&
      key.find(' ') == std::string_view::npos && name.size() > key.size() &&
      name.substr(0, key.size()) == key)
    return true;
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

// "[00:12:30]", "(12:30)", "00:12:30" or "0:38" before a speaker's label.
std::string_view without_timestamp(std::string_view line) {
  std::size_t i = 0;
  const bool bracket = !line.empty() && (line[0] == '[' || line[0] == '(');
  if (bracket) ++i;
  const std::size_t digits_from = i;
  while (i < line.size() &&
         ((line[i] >= '0' && line[i] <= '9') || line[i] == ':' || line[i] == '.')) {
    ++i;
  }
  const std::string_view stamp = line.substr(digits_from, i - digits_from);
  if (stamp.size() < 3 || stamp.find(':') == std::string_view::npos) return line;
  if (bracket) {
    if (i >= line.size() || (line[i] != ']' && line[i] != ')')) return line;
    ++i;
  }
  if (i >= line.size() || line[i] != ' ') return line;
  return trim_spaces(line.substr(i));
}

// Labels that head notes and captions, not turns.
bool reserved_label(std::string_view key) {
  for (std::string_view word :
       {"note",    "notes",      "update",    "editor's note", "source",  "photo",
        "image",   "credit",     "read more", "tags",          "related", "disclaimer",
        "summary", "transcript", "time",      "location",      "episode", "date",
        "title",   "series",     "keywords",  "language",      "subtitle"}) {
    if (key == word) return true;
  }
  return false;
}

// The speaker label a line starts with: "NAME: text", or a label alone on its line with the
// turn below it ("Sarah Stewart:"), after any timestamp.
std::optional<HeaderField> speaker_field(std::string_view line) {
  auto field = split_label(without_timestamp(line));
  if (!field) return std::nullopt;
  if (field->value.empty() &&
      (reserved_label(field->key) || !looks_like_person_name(field->key_as_written))) {
    return std::nullopt;
  }
  return field;
}

// Every label-like line beginning, counted, in the lines from `from` on.
SpeakerMap count_labels(const Page& page, std::size_t first_line) {
  SpeakerMap speakers;
  for (std::size_t i = first_line; i < page.lines.size(); ++i) {
    auto field = speaker_field(page.lines[i].text);
    if (!field) continue;
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

// "Dr. Wilfried Bernhardt:" then "Bernhardt:", or "Sven Siebert:" then "Sven:": a label whose
// words all appear in an earlier, longer label is the same speaker. Returns the aliases.
std::unordered_map<std::string, std::string> merge_shortened_labels(SpeakerMap& speakers) {
  std::unordered_map<std::string, std::string> aliases;
  for (auto& [key, s] : speakers) {
    const std::string* longer = nullptr;
    for (auto& [other_key, other] : speakers) {
      if (other_key == key || other.first_turn > s.first_turn || other_key.size() <= key.size() ||
          !label_names(key, other.label)) {
        continue;
      }
      if (longer) return {};  // two people share the word: too ambiguous to merge anything
      longer = &other_key;
    }
    if (longer) aliases[key] = *longer;
  }
  for (const auto& [short_key, long_key] : aliases) {
    Speaker& merged = speakers[long_key];
    const Speaker& alias = speakers[short_key];
    merged.turns += alias.turns;
    merged.questions += alias.questions;
  }
  for (const auto& [short_key, long_key] : aliases) speakers.erase(short_key);
  return aliases;
}

bool asks_anywhere(const Inlines& question) {
  const std::string text = plain_text(question);
  return text.find('?') != std::string::npos || asks_question(text);
}

bool short_reply(const Blocks& answer) {
  return answer.size() <= 1 &&
         (answer.empty() || (answer[0].as<Paragraph>() &&
                             plain_text(answer[0].as<Paragraph>()->content).size() <= 160));
}

// A host's welcome and a guest's thanks for it, before the first question, belong to the
// introduction; a closing thanks after the last answer, to the trailing matter.
void set_aside_greetings(Document& doc) {
  auto as_blocks = [](QandA& entry, Blocks& out) {
    out.push_back(
        entry.question_speaker.empty()
            ? paragraph(std::move(entry.question), entry.pos)
            : labelled_paragraph(entry.question_speaker, std::move(entry.question), entry.pos));
    for (Block& b : entry.answer) {
      Paragraph* p = b.as<Paragraph>();
      if (p && !entry.answer_speaker.empty()) {
        out.push_back(labelled_paragraph(entry.answer_speaker, std::move(p->content), b.pos));
      } else {
        out.push_back(std::move(b));
      }
    }
  };
  while (doc.entries.size() > 2 && !asks_anywhere(doc.entries.front().question) &&
         short_reply(doc.entries.front().answer)) {
    as_blocks(doc.entries.front(), doc.intro);
    doc.entries.erase(doc.entries.begin());
  }
  if (doc.entries.size() > 2 && !asks_anywhere(doc.entries.back().question) &&
      short_reply(doc.entries.back().answer)) {
    Blocks closing;
    as_blocks(doc.entries.back(), closing);
    closing.insert(closing.end(), std::make_move_iterator(doc.trailing.begin()),
                   std::make_move_iterator(doc.trailing.end()));
    doc.trailing = std::move(closing);
    doc.entries.pop_back();
  }
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
    auto field = speaker_field(line.text);
    if (!field || is_header_line(line.text)) return false;
    auto it = all.find(field->key);
    return it != all.end() && it->second.turns >= 2;
  };

  Document doc;
  FrontMatter front = read_front_matter(page, doc.meta, is_turn);
  const std::size_t body_start = line_index(page, front.body);
  SpeakerMap speakers = count_labels(page, body_start);
  std::unordered_map<std::string, std::string> aliases = merge_shortened_labels(speakers);
  bool someone_speaks_often = false;
  for (const auto& [key, s] : speakers) someone_speaks_often |= s.turns >= 2;
  for (auto it = speakers.begin(); it != speakers.end();) {
    bool named = named_by_any(it->first, front.hosts) || named_by_any(it->first, front.guests);
    // A panel's guests may speak once each; a person's name as label says it is a turn.
    bool panellist = someone_speaks_often && it->second.first_turn > 0 &&
                     !reserved_label(it->first) && looks_like_person_name(it->second.label);
    if (it->second.turns >= 2 || named || panellist) {
      ++it;
    } else {
      it = speakers.erase(it);
    }
  }
  auto speaker_of = [&](const std::string& key) {
    auto alias = aliases.find(key);
    return speakers.find(alias == aliases.end() ? key : alias->second);
  };
  if (speakers.size() < 2) return std::nullopt;

  // Most of the body must be turns, or this is prose that happens to hold a few colons.
  std::size_t turn_groups = 0;
  std::size_t body_groups = 0;
  for (std::size_t g = front.body.group; g < page.groups.size(); ++g) {
    ++body_groups;
    // A group is turns when it opens with one, or, under a title line, its second line does.
    const Group& group = page.groups[g];
    for (std::size_t i = 0; i < group.count && i < 2; ++i) {
      auto field = speaker_field(page.line_of(group, i).text);
      if (field && speaker_of(field->key) != speakers.end()) {
        ++turn_groups;
        break;
      }
    }
  }
  std::size_t turn_lines = 0;
  for (const auto& [key, s] : speakers) turn_lines += s.turns;
  if (turn_lines < 4 || turn_groups * 2 < body_groups) return std::nullopt;

  choose_interviewers(speakers, front);
  auto classify = [&](const SourceLine& line) -> std::optional<TurnStart> {
    auto field = speaker_field(line.text);
    if (!field) return std::nullopt;
    auto it = speaker_of(field->key);
    if (it == speakers.end()) return std::nullopt;
    // A shortened label keeps the name the speaker was introduced with.
    return TurnStart{it->second.asks ? TurnRole::question : TurnRole::answer,
                     collapse_spaces(it->second.label), field->value};
  };
  read_turns(page, front.body, classify,
             {.merge_consecutive_questions = true,
              .unlabelled_after_question_is_answer = false,
              .unanswered_last_question_is_trailing = true},
             doc);
  set_aside_greetings(doc);
  if (doc.entries.empty()) return std::nullopt;
  // One person answering every question is the interviewee, if the header named none.
  if (doc.meta.interviewee.name.empty()) {
    std::string answering = doc.entries.front().answer_speaker;
    for (const QandA& entry : doc.entries) {
      if (entry.answer_speaker != answering) answering.clear();
    }
    doc.meta.interviewee.name = answering;
  }
  // A first line that heads the turns directly is the title ("Podcast, episode 3: ...").
  if (doc.meta.title.empty() && !doc.intro.empty() && doc.intro.front().pos.line == 1) {
    const Paragraph* first = doc.intro.front().as<Paragraph>();
    const std::string text = first ? plain_text(first->content) : std::string();
    if (!text.empty() && text.size() <= 200 && text.back() != '.' && !asks_question(text)) {
      doc.meta.title = text;
      doc.intro.erase(doc.intro.begin());
    }
  }
  return doc;
}

}  // namespace govtech::text_reader
