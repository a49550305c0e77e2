// Interviews with no labels: the core's recogniser reads the paragraphs, this builds the
// document from what it found.
//
// Plain text gives a paragraph either as one line (what a browser copies) or as several lines
// of a hard-wrapped block. Each line is its own unit unless its block looks hard-wrapped; the
// blank lines around each unit are the hint the recogniser weighs.
#include <algorithm>
#include <deque>
#include <map>
#include <string>
#include <vector>

#include "blocks.hpp"
#include "front_matter.hpp"
#include "govtech/recognise.hpp"
#include "govtech/text.hpp"
#include "header_fields.hpp"
#include "layouts.hpp"

namespace govtech::text_reader {

namespace {

// A block whose lines, all but the last, run to a similar width and mostly stop mid-sentence
// was wrapped by its writer: one paragraph.
bool hard_wrapped(const Page& page, const Group& g) {
  if (g.count < 2) return false;
  std::size_t mid_sentence = 0;
  for (std::size_t i = 0; i + 1 < g.count; ++i) {
    std::string_view text = page.line_of(g, i).text;
    std::size_t chars = 0;
    for (char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (chars < 30 || chars > 100) return false;
    if (numbered_item(text) || text.substr(0, 2) == "- " || text.substr(0, 2) == "* ") return false;
    const char last = text.back();
    mid_sentence += !(last == '.' || last == '?' || last == '!' || last == ':');
  }
  return mid_sentence * 2 >= g.count - 1;
}

// One unit: lines [first, first + count) of a group.
struct Span {
  std::size_t group = 0;
  std::size_t first = 0;
  std::size_t count = 1;
};

Group sub_group(const Group& g, std::size_t first, std::size_t count) {
  return Group{g.first + first, count, 0};
}

}  // namespace

std::optional<Document> read_recognised_layout(const Page& page, Recognition* explained) {
  Document doc;
  Cursor start;
  // `Key: value` lines above the text are read as the other layouts read them; a byline alone
  // is the recogniser's to read, with the rest of a published header.
  auto keyed = [](std::string_view line) { return is_header_line(line) && !byline_authors(line); };
  const bool keyed_header =
      keyed(page.lines[0].text) || (page.lines.size() > 1 && keyed(page.lines[1].text));
  if (keyed_header) {
    FrontMatter front = read_front_matter(
        page, doc.meta, [](const SourceLine& line) { return !is_header_line(line.text); });
    start = front.body;
  }

  std::vector<Span> spans;
  std::vector<Unit> units;
  std::deque<std::string> joined;  // the text of wrapped blocks, which units point into
  for (std::size_t g = start.group; g < page.groups.size(); ++g) {
    const Group& group = page.groups[g];
    const std::size_t from = g == start.group ? start.line : 0;
    if (from >= group.count) continue;
    const std::uint32_t blanks_before =
        g == 0 ? 2 : static_cast<std::uint32_t>(page.groups[g - 1].blanks_after);
    const std::uint32_t blanks_after =
        static_cast<std::uint32_t>(group.blanks_after) + (g + 1 == page.groups.size() ? 2 : 0);
    if (hard_wrapped(page, group) && from == 0) {
      std::string text;
      for (std::size_t i = 0; i < group.count; ++i) {
        if (i) text += ' ';
        text += page.line_of(group, i).text;
      }
      joined.push_back(std::move(text));
      spans.push_back({g, 0, group.count});
      units.push_back({.text = joined.back(),
                       .pos = page.first_line(group).pos(),
                       .blanks_before = blanks_before,
                       .blanks_after = blanks_after});
      continue;
    }
    for (std::size_t i = from; i < group.count; ++i) {
      spans.push_back({g, i, 1});
      units.push_back({.text = page.line_of(group, i).text,
                       .pos = page.line_of(group, i).pos(),
                       .blanks_before = i == from ? blanks_before : 0,
                       .blanks_after = i + 1 == group.count ? blanks_after : 0});
    }
  }
  if (units.empty()) return std::nullopt;

  Recognition r = recognise_interview(units, {.read_header = !keyed_header});
  if (explained) *explained = r;
  if (r.layout.empty()) return std::nullopt;

  // Metadata the header gave, without overriding what a keyed header said.
  adopt_header(doc.meta, r.meta);

  // Answers that all open with the same speaker's label ("Sato:  It began ...") while the
  // questions carry none: the label is the answer's speaker, not part of what was said.
  std::vector<bool> labelled(units.size(), false);
  std::string answer_speaker;
  {
    std::map<std::string, std::size_t> counts;
    std::map<std::string, std::string> written;
    std::size_t answers = 0;
    for (std::size_t k = 1; k < units.size(); ++k) {
      if (r.roles[k] != UnitRole::answer || r.roles[k - 1] != UnitRole::question) continue;
      ++answers;
      auto field = split_label(units[k].text);
      if (field && !field->value.empty() && looks_like_person_name(field->key_as_written)) {
        ++counts[field->key];
        written[field->key] = std::string(field->key_as_written);
      }
    }
    for (const auto& [key, count] : counts) {
      if (count >= 2 && count * 2 >= answers) {
        answer_speaker = written[key];
        for (std::size_t k = 0; k < units.size(); ++k) {
          if (r.roles[k] != UnitRole::answer) continue;
          auto field = split_label(units[k].text);
          if (field && field->key == key && spans[k].count == 1) {
            units[k].text = trim_spaces(field->value);
            labelled[k] = true;
          }
        }
        break;
      }
    }
  }

  // Consecutive units of one role and one group become that group's blocks together, so that
  // a lead-in line and the list under it stay a paragraph and a list.
  auto blocks_of = [&](std::size_t from, std::size_t to, Blocks& out) {
    std::size_t i = from;
    while (i < to) {
      std::size_t j = i + 1;
      while (j < to && spans[j].group == spans[i].group && spans[j].count == 1 &&
             spans[i].count == 1) {
        ++j;
      }
      const Group& g = page.groups[spans[i].group];
      const std::size_t lines = spans[j - 1].first + spans[j - 1].count - spans[i].first;
      const Group part = sub_group(g, spans[i].first, lines);
      if (spans[i].count > 1) {
        out.push_back(paragraph(group_inlines(page, part), units[i].pos));
      } else if (j - i == 1) {
        out.push_back(paragraph({Text{normalise_spaces(units[i].text)}}, units[i].pos));
      } else {
        // Lines copied from a web page are paragraphs each, unless they make a list (with a
        // lead-in line above it or not).
        Blocks lists;
        add_group_blocks(lists, page, part);
        const bool has_list = std::any_of(lists.begin(), lists.end(), [](const Block& b) {
          return b.kind() != BlockKind::paragraph;
        });
        if (has_list && !std::any_of(labelled.begin() + static_cast<std::ptrdiff_t>(i),
                                     labelled.begin() + static_cast<std::ptrdiff_t>(j),
                                     [](bool l) { return l; })) {
          for (Block& b : lists) out.push_back(std::move(b));
        } else {
          for (std::size_t k = i; k < j; ++k) {
            out.push_back(paragraph({Text{normalise_spaces(units[k].text)}}, units[k].pos));
          }
        }
      }
      i = j;
    }
  };

  std::size_t i = 0;
  const std::size_t n = units.size();
  while (i < n) {
    std::size_t j = i + 1;
    while (j < n && r.roles[j] == r.roles[i] && r.roles[i] != UnitRole::question) ++j;
    switch (r.roles[i]) {
      case UnitRole::body:
      case UnitRole::credit:
        blocks_of(i, j, doc.intro);
        break;
      case UnitRole::question: {
        QandA entry;
        entry.pos = units[i].pos;
        // Questions in a row are one question over several lines.
        while (j <= n) {
          const std::string_view text = units[j - 1].text.substr(r.skip[j - 1]);
          append_line(entry.question, normalise_spaces(trim_spaces(text)));
          if (j < n && r.roles[j] == UnitRole::question) {
            ++j;
          } else {
            break;
          }
        }
        doc.entries.push_back(std::move(entry));
        break;
      }
      case UnitRole::answer:
        if (labelled[i]) doc.entries.back().answer_speaker = answer_speaker;
        blocks_of(i, j, doc.entries.back().answer);
        break;
      case UnitRole::trailing:
        blocks_of(i, j, doc.trailing);
        break;
      default:
        break;  // header units: their text is in the metadata
    }
    i = j;
  }
  if (doc.entries.empty()) return std::nullopt;
  return doc;
}

}  // namespace govtech::text_reader
