// Scoring units as questions, then reading the interview's shape from the scores.
//
// Two passes. The first scores each unit on its own wording and hints. The second looks at
// what the likely questions share (their spacing, bold, numbering, a leading dash, addressing
// someone) and asks it of every candidate, so that a layout's own habits decide the close
// calls. The header is read from the units above the first question.
#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

#include "../parallel_for.hpp"
#include "cues.hpp"
#include "govtech/recognise.hpp"
#include "govtech/text.hpp"

namespace govtech {

namespace {

using namespace recognise_detail;

constexpr double kQuestionScore = 4.5;
constexpr std::size_t kMaxQuestionChars = 500;

// Endings that make a question without a question mark in Japanese and Korean ("…は。",
// "…教えてください。", "…설명 부탁드립니다.").
constexpr std::string_view kSoftQuestionEndings[] = {
    "\xE3\x81\x8B",                                                              // か
    "\xE3\x81\xAF",                                                              // は
    "\xE3\x82\x92",                                                              // を
    "\xE3\x81\x8F\xE3\x81\xA0\xE3\x81\x95\xE3\x81\x84",                          // ください
    "\xE3\x81\xA7\xE3\x81\x97\xE3\x82\x87\xE3\x81\x86\xE3\x81\x8B",              // でしょうか
    "\xEC\x8A\xB5\xEB\x8B\x88\xEA\xB9\x8C",                                      // 습니까
    "\xEB\x82\x98\xEC\x9A\x94",                                                  // 나요
    "\xEA\xB9\x8C\xEC\x9A\x94",                                                  // 까요
    "\xEB\xB6\x80\xED\x83\x81\xEB\x93\x9C\xEB\xA6\xBD\xEB\x8B\x88\xEB\x8B\xA4",  // 부탁드립니다
    "\xEC\xA3\xBC\xEC\x8B\x9C\xEC\xA3\xA0",                                      // 주시죠
    "\xEC\x9D\xB8\xEC\xA7\x80"};                                                 // 인지

// A question mark of any script that ends a sentence inside the text, not at its end.
bool asks_inside(std::string_view text) {
  for (std::size_t at = text.find(' '); at != std::string_view::npos; at = text.find(' ', at + 1)) {
    if (asks_question(text.substr(0, at))) return true;
  }
  return false;
}

bool soft_question_ending(std::string_view text) {
  for (std::string_view stop : {".", "\xE3\x80\x82", "\xEF\xBC\x8E"}) {
    if (text.size() >= stop.size() && text.substr(text.size() - stop.size()) == stop) {
      text.remove_suffix(stop.size());
      break;
    }
  }
  for (std::string_view ending : kSoftQuestionEndings) {
    if (text.size() >= ending.size() && text.substr(text.size() - ending.size()) == ending) {
      return true;
    }
  }
  return false;
}

// The cues that scored a unit, one bit each, named for -v.
enum Cue : unsigned {
  cue_ends_with_a_question_mark,
  cue_ends_as_a_question_does,
  cue_asks_then_goes_on,
  cue_opens_with_a_question_word,
  cue_asks_to_be_told,
  cue_opens_with_an_interviewers_dash,
  cue_in_capitals,
  cue_bold,
  cue_a_heading,
  cue_addresses_someone,
  cue_speaks_for_itself,
  cue_short,
  cue_long,
  cue_several_sentences,
  cue_introduces_what_follows,
  cue_shorter_than_what_follows,
  cue_nothing_follows,
  cue_set_apart_like_the_other,
  cue_not_set_apart_like_the,
  cue_not_bold_like_the_other,
  cue_not_a_heading_like_the,
  cue_no_dash_like_the_other,
  cue_not_in_capitals_like_the,
  cue_numbered_in_sequence,
  cue_not_numbered_like_the_other,
  cue_addresses_no_one_unlike_the,
};

constexpr std::string_view kCueNames[] = {
    "ends with a question mark",
    "ends as a question does",
    "asks, then goes on",
    "opens with a question word",
    "asks to be told",
    "opens with an interviewer's dash",
    "in capitals",
    "bold",
    "a heading",
    "addresses someone",
    "speaks for itself",
    "short",
    "long",
    "several sentences",
    "introduces what follows",
    "shorter than what follows",
    "nothing follows",
    "set apart like the other questions",
    "not set apart like the other questions",
    "not bold like the other questions",
    "not a heading like the other questions",
    "no dash like the other questions",
    "not in capitals like the other questions",
    "numbered in sequence",
    "not numbered like the other questions",
    "addresses no one, unlike the others",
};

struct Features {
  bool eligible = false;
  bool asks = false;
  bool soft_ask = false;
  bool interrogative = false;
  bool imperative = false;
  std::size_t dash = 0;  // bytes of a leading interviewer dash
  bool caps = false;
  bool you = false;
  bool self = false;
  std::size_t chars = 0;
  std::size_t sentences = 0;
  Numbering number;
  bool credit = false;
  bool byline = false;
  bool closing = false;
  double score = 0;
  std::uint32_t cues = 0;  // the cues that scored (bits of kCueNames), for -v
};

void add(Features& f, double points, Cue cue) {
  f.score += points;
  f.cues |= 1U << cue;
}

std::string cue_words(std::uint32_t cues) {
  std::string out;
  for (unsigned i = 0; i < std::size(kCueNames); ++i) {
    if (!(cues & (1U << i))) continue;
    if (!out.empty()) out += ", ";
    out += kCueNames[i];
  }
  return out;
}

Features features_of(const Unit& u, const Unit* next) {
  Features f;
  f.chars = char_count(u.text);
  // A long paragraph is never a question, a credit or a byline: nothing more to weigh.
  if (f.chars > kMaxQuestionChars || u.nested || u.text.empty()) return f;
  f.number = leading_number(u.text);
  f.dash = interviewer_dash(u.text);
  std::string_view body = u.text.substr(std::max(f.number.length, f.dash));
  f.asks = asks_question(body);
  f.sentences = sentence_count(body);
  f.soft_ask = !f.asks && f.chars <= 200 && soft_question_ending(body);
  // One word of a spaced script that does not ask ("Yes.", a list of one-word lines) is never
  // a question, a byline, a credit or a note: the many-cue tests below are not needed for it.
  if (!f.asks && !f.soft_ask && !f.dash && !u.bold && !u.heading && f.chars < 40 &&
      f.chars == body.size() + std::max(f.number.length, f.dash) &&
      body.find(' ') == std::string_view::npos) {
    return f;
  }
  f.credit = is_credit_line(u.text);
  f.byline = parse_byline(u.text).has_value();
  const std::string folded = fold_case(u.text);
  f.closing = is_closing_note(folded);
  // The number or dash before the body is ASCII or a dash, which folding keeps as it is.
  const std::string_view folded_body =
      std::string_view(folded).substr(std::max(f.number.length, f.dash));
  f.eligible = !f.credit && !f.byline && !f.closing;
  if (!f.eligible) return f;
  f.interrogative = opens_with_interrogative(folded_body);
  f.imperative = f.chars <= 300 && opens_with_imperative(folded_body);
  f.caps = shouted(body);
  const bool addresses = addresses_someone(folded_body);
  f.you = addresses || f.imperative;
  // Speaks for itself: as I or we, addressing no one ("Tell us" asks, as "you" does).
  f.self = !f.imperative && !addresses && speaks_in_first_person(folded_body);

  if (f.asks) add(f, 4, cue_ends_with_a_question_mark);
  // "How did you start? Tell us about your role.": a question, then what it asks about.
  if (!f.asks && f.chars <= 300 && f.sentences <= 3 && asks_inside(body)) {
    add(f, 3, cue_asks_then_goes_on);
  }
  if (f.soft_ask) add(f, 3, cue_ends_as_a_question_does);
  if (f.interrogative) add(f, 1.5, cue_opens_with_a_question_word);
  if (f.imperative) add(f, 3, cue_asks_to_be_told);
  // Japanese magazines mark the interviewer with a double dash; one dash (Spanish "—¿...?")
  // also opens dialogue in answers, so it counts for less.
  if (f.dash) add(f, f.dash >= 6 ? 3.5 : 1.5, cue_opens_with_an_interviewers_dash);
  if (f.caps) add(f, 2.5, cue_in_capitals);
  if (u.bold) add(f, 2.5, cue_bold);
  // A heading is a section's title far more often than a question: only one that asks counts.
  if (u.heading && (f.asks || f.soft_ask || f.imperative)) add(f, 2, cue_a_heading);
  if (f.you) add(f, 1, cue_addresses_someone);
  if (f.self) add(f, -1.5, cue_speaks_for_itself);
  if (f.chars <= 250) add(f, 0.5, cue_short);
  if (f.chars > 350) add(f, -1.5, cue_long);
  if (f.sentences >= 4) add(f, -2, cue_several_sentences);
  if (!body.empty() && (body.back() == ':')) add(f, -1, cue_introduces_what_follows);
  if (next) {
    if (char_count(next->text) > f.chars) add(f, 1, cue_shorter_than_what_follows);
  } else {
    add(f, -1, cue_nothing_follows);
  }
  return f;
}

// The longest run of units numbered 1, 2, 3, ... in order.
std::vector<std::size_t> numbering_chain(const std::vector<Features>& f) {
  std::vector<std::size_t> chain;
  int expected = 1;
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (f[i].eligible && f[i].number.number == expected &&
        (f[i].asks || f[i].soft_ask || f[i].imperative || f[i].chars <= 250)) {
      chain.push_back(i);
      ++expected;
    }
  }
  return chain;
}

struct Signals {
  bool spacing = false;
  bool bold = false;
  bool heading = false;
  bool dash = false;
  bool caps = false;
  bool numbered = false;
  bool address = false;
  int count() const { return spacing + bold + heading + dash + caps + numbered; }
};

bool set_apart(const Unit& u) {
  return u.blanks_before >= 2 && u.blanks_after >= 2;
}

// What most of the likely questions share, and the rest of the text does not.
Signals find_signals(std::span<const Unit> units, std::vector<Features>& f,
                     const std::vector<std::size_t>& chain, std::vector<std::string>& evidence) {
  Signals s;
  std::vector<std::size_t> likely;
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (f[i].eligible && f[i].score >= kQuestionScore) likely.push_back(i);
  }
  const double n = static_cast<double>(likely.size());
  auto share = [&](auto pred) {
    std::size_t k = 0;
    for (std::size_t i : likely) k += pred(i);
    return n > 0 ? k / n : 0.0;
  };
  auto share_all = [&](auto pred) {
    std::size_t k = 0;
    for (std::size_t i = 0; i < units.size(); ++i) k += pred(i);
    return units.empty() ? 0.0 : static_cast<double>(k) / units.size();
  };
  if (likely.size() >= 2) {
    auto apart = [&](std::size_t i) { return set_apart(units[i]); };
    s.spacing = share(apart) >= 0.6 && share_all(apart) < 0.75;
    auto bold = [&](std::size_t i) { return units[i].bold; };
    s.bold = share(bold) >= 0.6 && share_all(bold) < 0.5;
    // Question headings make the layout only when they are most of the headings there are.
    auto heading = [&](std::size_t i) { return units[i].heading > 0; };
    std::size_t headings = 0;
    for (const Unit& u : units) headings += u.heading > 0;
    const double heading_questions = share(heading) * n;
    s.heading = share(heading) >= 0.6 && heading_questions >= 0.6 * static_cast<double>(headings);
    auto dash = [&](std::size_t i) { return f[i].dash > 0; };
    s.dash = share(dash) >= 0.6;
    auto caps = [&](std::size_t i) { return f[i].caps; };
    s.caps = share(caps) >= 0.6 && share_all(caps) < 0.5;
    auto you = [&](std::size_t i) { return f[i].you; };
    s.address = likely.size() >= 3 && share(you) >= 0.7;
  }
  s.numbered = chain.size() >= 2;
  if (s.spacing) evidence.push_back("questions are set apart by two or more blank lines");
  if (s.bold) evidence.push_back("questions are bold");
  if (s.heading) evidence.push_back("questions are headings");
  if (s.dash) evidence.push_back("questions open with a dash");
  if (s.caps) evidence.push_back("questions are in capitals");
  if (s.numbered) evidence.push_back("questions are numbered 1 to " + std::to_string(chain.size()));
  if (s.address) evidence.push_back("questions address the interviewee");

  std::vector<bool> in_chain(f.size(), false);
  for (std::size_t i : chain) in_chain[i] = true;
  for (std::size_t i = 0; i < f.size(); ++i) {
    Features& x = f[i];
    if (!x.eligible) continue;
    const bool candidate = x.score >= kQuestionScore;
    if (s.spacing) {
      // Two blank lines close a question (and an answer); the first question of all, and an
      // answer's last paragraph, have one blank line before them.
      if (set_apart(units[i])) {
        add(x, 1.5, cue_set_apart_like_the_other);
      } else if (candidate) {
        add(x, units[i].blanks_after >= 2 ? -1 : -3, cue_not_set_apart_like_the);
      }
    }
    if (s.bold && !units[i].bold) add(x, -3, cue_not_bold_like_the_other);
    if (s.heading && units[i].heading == 0) add(x, -3, cue_not_a_heading_like_the);
    if (s.dash && x.dash == 0) add(x, -3, cue_no_dash_like_the_other);
    if (s.caps && !x.caps) add(x, -3, cue_not_in_capitals_like_the);
    if (s.numbered) {
      if (in_chain[i]) {
        add(x, 3, cue_numbered_in_sequence);
      } else if (candidate && !s.spacing && !s.bold && !s.heading) {
        add(x, -2.5, cue_not_numbered_like_the_other);
      }
    }
    if (s.address && candidate && !x.you) add(x, -1.5, cue_addresses_no_one_unlike_the);
  }
  return s;
}

// Which units are questions: the labelling of the whole sequence that best agrees with the
// scores, where each question is followed by its answer. A unit scoring above the threshold
// gains its margin as a question and loses it as an answer; a question straight after a
// question costs a little, since a question is rarely split. Linear: a three-state Viterbi
// pass (before the first question, question, answer).
std::vector<bool> choose_questions(const std::vector<Features>& f) {
  constexpr double kSplitQuestion = 2.0;
  constexpr double kNever = -1e18;
  const std::size_t n = f.size();
  enum State { intro, question, answer };
  std::vector<std::array<std::uint8_t, 3>> from(n);
  std::array<double, 3> best = {0, kNever, kNever};
  for (std::size_t i = 0; i < n; ++i) {
    const double margin = f[i].score - kQuestionScore;
    const double as_question = f[i].eligible && margin >= 0 ? margin : kNever;
    const double as_answer = f[i].eligible && margin > 0 ? -margin : 0;
    std::array<double, 3> next = {kNever, kNever, kNever};
    // intro <- intro
    next[intro] = best[intro];
    from[i][intro] = intro;
    // question <- intro | answer | question
    const double q_prev[3] = {best[intro], best[question] - kSplitQuestion, best[answer]};
    std::uint8_t q_from = intro;
    for (std::uint8_t s = 1; s < 3; ++s) {
      if (q_prev[s] > q_prev[q_from]) q_from = s;
    }
    next[question] = q_prev[q_from] + as_question;
    from[i][question] = q_from;
    // answer <- question | answer
    const bool after_question = best[question] >= best[answer];
    next[answer] = (after_question ? best[question] : best[answer]) + as_answer;
    from[i][answer] = after_question ? question : answer;
    best = next;
  }
  std::vector<bool> is_question(n, false);
  std::uint8_t state = intro;
  for (std::uint8_t s = 1; s < 3; ++s) {
    if (best[s] > best[state]) state = s;
  }
  for (std::size_t i = n; i-- > 0;) {
    is_question[i] = state == question;
    state = from[i][state];
  }
  return is_question;
}

bool looks_like_header_line(std::string_view text) {
  if (char_count(text) > 250 || text.find(',') == std::string_view::npos) return false;
  if (asks_question(text) || text.find(':') != std::string_view::npos ||
      text.find('"') != std::string_view::npos ||
      text.find("\xE2\x80\x9C") != std::string_view::npos)
    return false;
  if (!text.empty() && (text.back() == '.' || text.back() == '!')) return false;
  std::string_view name = trim(text.substr(0, text.find(',')));
  const std::size_t words = static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
  if (words < 2 || words > 5) return false;
  return parse_byline("By " + std::string(name)).has_value();
}

bool looks_like_series(std::string_view text) {
  if (char_count(text) > 120 || asks_question(text) || sentence_count(text) > 1) return false;
  return true;
}

// "Jorge Almeida runs the permits team ..." or "We spoke to Grace Mbeki, who ...": the person an
// introduction names as the one interviewed, with the role "is the ... at ..." gives.
std::optional<Person> interviewee_in_prose(std::string_view text) {
  auto name_at = [&](std::size_t from) -> std::string_view {
    std::size_t end = from;
    int words = 0;
    while (end < text.size() && words < 4) {
      const unsigned char c = static_cast<unsigned char>(text[end]);
      if (!(c >= 'A' && c <= 'Z') && c < 0x80) break;
      std::size_t space = text.find_first_of(" ,.;", end);
      if (space == std::string_view::npos) space = text.size();
      end = space;
      ++words;
      if (end >= text.size() || text[end] != ' ') break;
      const unsigned char next =
          static_cast<unsigned char>(text[end + 1 < text.size() ? end + 1 : end]);
      if (!(next >= 'A' && next <= 'Z')) break;
      ++end;
    }
    std::string_view name = trim(text.substr(from, end - from));
    return words >= 2 && looks_like_person_name(name) ? name : std::string_view();
  };
  Person p;
  for (std::string_view lead :
       {"We spoke to ", "We spoke with ", "We talked to ", "We talked with ", "We sat down with ",
        "We asked ", "I spoke to ", "I spoke with "}) {
    if (text.substr(0, lead.size()) == lead) {
      p.name = std::string(name_at(lead.size()));
      return p.name.empty() ? std::nullopt : std::optional<Person>(p);
    }
  }
  std::string_view name = name_at(0);
  if (name.empty()) return std::nullopt;
  std::string_view rest = text.substr(name.size());
  for (std::string_view verb :
       {" is the ", " is a ", " is an ", " serves as ", " runs ", " leads ", " heads ", " directs ",
        " manages ", " oversees ", " has led ", " spent ", " has spent ", " has worked ",
        " has been ", " joined ", " became ", " was appointed "}) {
    if (rest.substr(0, verb.size()) != verb) continue;
    p.name = std::string(name);
    if (verb == " is the " || verb == " is a " || verb == " is an " || verb == " serves as ") {
      std::string_view role = rest.substr(verb.size());
      const std::size_t stop = role.find_first_of(",.;");
      role = role.substr(0, stop);
      for (std::string_view at : {" at ", " of the ", " for the ", " in the "}) {
        const std::size_t cut = role.find(at);
        if (cut != std::string_view::npos) {
          p.organisation = std::string(trim(role.substr(cut + at.size())));
          if (at != " at ") p.organisation = std::string(at.substr(4)) + p.organisation;
          role = role.substr(0, cut);
          break;
        }
      }
      if (char_count(role) <= 80) p.role = std::string(trim(role));
      if (char_count(p.organisation) > 100) p.organisation.clear();
    }
    return p;
  }
  return std::nullopt;
}

// Roles for the units above the first question.
void read_header(std::span<const Unit> units, const std::vector<Features>& f, std::size_t end,
                 Recognition& r) {
  bool have_title = false;
  bool have_byline = false;
  bool have_series = false;
  bool have_interviewee = false;
  bool have_subtitle = false;
  std::size_t title_at = 0;
  for (std::size_t i = 0; i < end; ++i) {
    const Unit& u = units[i];
    UnitRole& role = r.roles[i];
    if (u.text.empty() || u.nested) continue;  // a list or quote above the questions is body
    if (f[i].credit) {
      role = UnitRole::credit;
      continue;
    }
    if (f[i].byline && !have_byline) {
      const Byline byline = *parse_byline(u.text);
      role = UnitRole::byline;
      r.meta.authors = byline.authors;
      if (!byline.date.empty()) r.meta.date = byline.date;
      have_byline = true;
      continue;
    }
    if (char_count(u.text) <= 40) {
      if (auto date = parse_date(u.text)) {
        role = UnitRole::dateline;
        if (r.meta.date.empty()) r.meta.date = *date;
        continue;
      }
    }
    // The interviewee line opens the header, or follows the headline closely.
    if (!have_interviewee && (!have_title || i <= title_at + 2) && looks_like_header_line(u.text)) {
      role = UnitRole::interviewee;
      PersonLine line = person_from_header_line(u.text);
      r.meta.interviewee = line.person;
      if (!line.region.empty()) r.meta.extra.emplace_back("interviewee.region", line.region);
      if (!have_title) r.meta.title = collapse_spaces(u.text);
      have_interviewee = true;
      continue;
    }
    if (!have_title && !have_interviewee) {
      const bool sentence = !u.text.empty() && (u.text.back() == '.' || u.text.back() == ':');
      if (i == 0 && char_count(u.text) <= 200 && !sentence && !asks_question(u.text)) {
        role = UnitRole::title;
        r.meta.title = collapse_spaces(u.text);
        have_title = true;
        title_at = i;
        continue;
      }
    }
    if (have_interviewee && !have_series && (have_byline || i == 1) && looks_like_series(u.text)) {
      role = UnitRole::series;
      std::string series = collapse_spaces(u.text);
      if (!series.empty() && series.back() == '.') series.pop_back();
      r.meta.series = series;
      have_series = true;
      continue;
    }
    if (have_title && !have_subtitle && !have_byline && char_count(u.text) <= 400) {
      // A standfirst sits between the headline and the byline.
      bool byline_follows = false;
      for (std::size_t j = i + 1; j < end && j <= i + 2; ++j) byline_follows |= f[j].byline;
      if (byline_follows && i <= title_at + 2) {
        role = UnitRole::subtitle;
        r.meta.subtitle = collapse_spaces(u.text);
        have_subtitle = true;
        continue;
      }
    }
    role = UnitRole::body;
    if (r.meta.interviewee.name.empty() && i + 3 >= end) {
      if (auto person = interviewee_in_prose(u.text)) r.meta.interviewee = std::move(*person);
    }
  }
}

}  // namespace

Recognition recognise_interview(std::span<const Unit> units, const RecogniseSettings& settings) {
  Recognition r;
  r.roles.assign(units.size(), UnitRole::body);
  r.skip.assign(units.size(), 0);
  // Each unit's features depend on it and the next alone: a long document's are found on
  // every core.
  std::vector<Features> f(units.size());
  constexpr std::size_t kUnitsPerThread = 512;
  parallel_for(units.size(), kUnitsPerThread, [&](std::size_t i) {
    f[i] = features_of(units[i], i + 1 < units.size() ? &units[i + 1] : nullptr);
  });
  const std::vector<std::size_t> chain = numbering_chain(f);
  std::vector<std::string> signal_words;
  const Signals signals = find_signals(units, f, chain, signal_words);
  for (std::size_t i = 0; i < f.size(); ++i) {
    if (!f[i].eligible || !(f[i].asks || f[i].soft_ask)) continue;
    if (r.question_like++ == 0) r.first_question_like = units[i].pos;
  }

  const std::vector<bool> question = choose_questions(f);
  // Consecutive questions are one question over several lines.
  std::size_t first = units.size();
  std::size_t entries = 0;
  std::size_t answered = 0;
  std::size_t asking = 0;
  std::size_t addressing = 0;
  std::size_t last_answer = units.size();
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (!question[i]) {
      if (first < units.size()) {
        r.roles[i] = UnitRole::answer;
        if (i > 0 && question[i - 1]) ++answered;
        last_answer = i;
      }
      continue;
    }
    if (first == units.size()) first = i;
    r.roles[i] = UnitRole::question;
    if (i == 0 || !question[i - 1]) {
      ++entries;
      asking += f[i].asks || f[i].soft_ask;
      addressing += f[i].you;
    }
    r.skip[i] = static_cast<std::uint32_t>(
        chain.empty() || std::find(chain.begin(), chain.end(), i) == chain.end()
            ? f[i].dash
            : f[i].number.length);
  }

  // Is it an interview? Two answered questions at least, and the shape of one: some layout
  // signal, or three questions of which enough address someone.
  const double address_share = entries ? static_cast<double>(addressing) / entries : 0;
  bool interview = answered >= 2 && (signals.count() > 0 || entries >= 3 || address_share >= 0.5);
  // An article's rhetorical questions come late and sparse; an interview's intro is short.
  std::size_t intro_chars = 0;
  std::size_t all_chars = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    all_chars += f[i].chars;
    if (i < first) intro_chars += f[i].chars;
  }
  if (interview && intro_chars * 10 > all_chars * 7) interview = false;

  if (!interview) {
    std::fill(r.roles.begin(), r.roles.end(), UnitRole::body);
    std::fill(r.skip.begin(), r.skip.end(), 0);
    char line[160];
    std::snprintf(line, sizeof line, "%zu line(s) read as questions, %zu of them answered", entries,
                  answered);
    r.evidence.push_back(line);
    if (answered < 2) {
      r.why_not = "fewer than two question lines stand alone with an answer after them";
    } else if (intro_chars * 10 > all_chars * 7) {
      r.why_not = "most of the text comes before the first question line";
    } else {
      r.why_not =
          "nothing marks the question lines as an interview's (no spacing, bold, numbering or "
          "dash they share, and they address no one)";
    }
    r.evidence.push_back(r.why_not);
    return r;
  }

  // Closing notes after the last answer are trailing matter, as is a last "question" that
  // neither asks nor is answered (a credit line, a note).
  for (std::size_t i = last_answer + 1; i < units.size(); ++i) {
    if (r.roles[i] == UnitRole::question && !f[i].asks && !f[i].soft_ask) {
      r.roles[i] = UnitRole::trailing;
    }
  }
  for (std::size_t i = units.size(); i-- > first;) {
    if (r.roles[i] == UnitRole::answer && f[i].closing) {
      r.roles[i] = UnitRole::trailing;
    } else if (r.roles[i] != UnitRole::trailing) {
      break;
    }
  }
  if (settings.read_header) read_header(units, f, first, r);
  // A last paragraph about the interviewee in the third person ("Priscilla Nakato was
  // nominated by ...") is a note after the interview, not the end of the last answer.
  const std::string& name = r.meta.interviewee.name;
  if (!name.empty() && last_answer + 1 == units.size() && last_answer > 0 &&
      r.roles[last_answer - 1] == UnitRole::answer &&
      units[last_answer].text.substr(0, name.size()) == name &&
      units[last_answer].text.substr(name.size(), 1) == " ") {
    r.roles[last_answer] = UnitRole::trailing;
  }

  r.questions = entries;
  if (signals.numbered) {
    r.layout = "numbered";
  } else if (signals.bold) {
    r.layout = "bold";
  } else if (signals.heading) {
    r.layout = "headings";
  } else if (signals.dash) {
    r.layout = "dashed";
  } else if (signals.spacing ||
             std::find(r.roles.begin(), r.roles.end(), UnitRole::interviewee) != r.roles.end()) {
    r.layout = "published";
  } else {
    r.layout = "unlabelled";
  }
  const double ask_share = entries ? static_cast<double>(asking) / entries : 0;
  r.confidence =
      std::min(0.99, 0.35 + 0.05 * static_cast<double>(std::min<std::size_t>(answered, 6)) +
                         0.1 * signals.count() + 0.25 * ask_share);
  char line[200];
  std::snprintf(line, sizeof line, "%zu questions, %zu answered, %.0f%% ending as questions",
                entries, answered, ask_share * 100);
  r.evidence.push_back(line);
  for (auto& w : signal_words) r.evidence.push_back(std::move(w));
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (r.roles[i] != UnitRole::question) continue;
    std::snprintf(line, sizeof line, "line %u: question (score %.1f: ", units[i].pos.line,
                  f[i].score);
    r.evidence.push_back(line + cue_words(f[i].cues) + ")");
  }
  return r;
}

void adopt_header(Metadata& meta, const Metadata& found) {
  if (meta.title.empty()) meta.title = found.title;
  if (meta.subtitle.empty()) meta.subtitle = found.subtitle;
  if (meta.interviewee.empty()) meta.interviewee = found.interviewee;
  if (meta.authors.empty()) meta.authors = found.authors;
  if (meta.series.empty()) meta.series = found.series;
  if (meta.date.empty()) meta.date = found.date;
  for (const auto& kv : found.extra) meta.extra.push_back(kv);
}

bool report_article(const Recognition& found, std::string_view units, std::string_view hint,
                    Diagnostics& diagnostics) {
  diagnostics.describe("layout", "article");
  for (const std::string& why : found.evidence) diagnostics.note(why);
  if (found.question_like < 2) return false;
  diagnostics.warn(
      "converted as an article, not an interview: " + std::to_string(found.question_like) + " " +
          std::string(units) + " read like questions, but " + found.why_not + " (" +
          std::string(hint) + ")",
      found.first_question_like);
  return true;
}

}  // namespace govtech
