// The layout interviews have when pasted from a publication's web page:
//
//   Name, Role, Unit, Organisation, Country
//   <blank>
//   By Author
//   <blank>
//   Series line.
//   <blank>
//   First question
//   <blank><blank>
//   Answer paragraph (one line)
//   <blank>
//   Answer paragraph
//   <blank><blank>
//   Next question ...
//
// Blank lines carry the structure: after the first question, runs of groups separated by two
// or more blank lines ("sections") alternate answer, question, answer. Punctuation only breaks
// ties: a question need not end with '?', and an answer paragraph may.
#include <vector>

#include "blocks.hpp"
#include "govtech/text.hpp"
#include "header_fields.hpp"
#include "layouts.hpp"

namespace govtech::text_reader {

namespace {

constexpr std::size_t kMaxQuestionBytes = 400;
constexpr std::size_t kMaxSeriesBytes = 200;

// Groups [first, last] that follow each other across single blank lines.
struct Section {
  std::size_t first = 0;
  std::size_t last = 0;
};

std::vector<Section> sections_from(const Page& page, std::size_t start) {
  std::vector<Section> sections;
  std::size_t first = start;
  for (std::size_t g = start; g < page.groups.size(); ++g) {
    if (page.groups[g].blanks_after >= 2 || g + 1 == page.groups.size()) {
      sections.push_back({first, g});
      first = g + 1;
    }
  }
  return sections;
}

// One short line on its own.
bool question_like(const Page& page, const Section& s) {
  return s.first == s.last && page.single_line(s.first) &&
         page.first_line(page.groups[s.first]).text.size() <= kMaxQuestionBytes;
}

bool asks(const Page& page, const Section& s) {
  return ends_with_question_mark(page.first_line(page.groups[s.first]).text);
}

void read_header(const Page& page, std::size_t first_question, Document& doc) {
  const SourceLine& header = page.first_line(page.groups[0]);
  doc.meta.title = collapse_spaces(header.text);
  doc.meta.interviewee = person_from_fields(header.text);
  bool have_byline = false;
  bool have_series = false;
  for (std::size_t g = 1; g < first_question; ++g) {
    const Group& group = page.groups[g];
    std::string_view text = page.first_line(group).text;
    if (group.count == 1 && !have_byline) {
      if (auto authors = byline_authors(text)) {
        doc.meta.authors = std::move(*authors);
        have_byline = true;
        continue;
      }
    }
    if (group.count == 1 && !have_series && text.size() <= kMaxSeriesBytes) {
      doc.meta.series = series_from_line(text);
      have_series = true;
      continue;
    }
    add_group_blocks(doc.intro, page, group);
  }
}

void add_answer(const Page& page, const Section& s, QandA& entry) {
  for (std::size_t g = s.first; g <= s.last; ++g) {
    add_group_blocks(entry.answer, page, page.groups[g]);
  }
}

QandA question_entry(const Page& page, const Section& s) {
  const SourceLine& line = page.first_line(page.groups[s.first]);
  QandA entry;
  append_line(entry.question, line.text);
  entry.pos = line.pos();
  return entry;
}

}  // namespace

std::optional<Document> read_published_layout(const Page& page, Diagnostics& diagnostics) {
  // The first question is the first group followed by two blank lines; the header line,
  // byline and series line come before it.
  std::size_t first_question = 0;
  while (first_question < page.groups.size() && page.groups[first_question].blanks_after < 2) {
    ++first_question;
  }
  if (first_question == 0 || first_question + 1 >= page.groups.size()) return std::nullopt;
  if (!page.single_line(0)) return std::nullopt;
  bool has_byline = false;
  for (std::size_t g = 1; g < first_question && !has_byline; ++g) {
    has_byline = page.single_line(g) && byline_authors(page.first_line(page.groups[g]).text);
  }
  bool has_fields = person_from_fields(page.first_line(page.groups[0]).text).role.size() > 0;
  if (!has_byline && !has_fields) return std::nullopt;

  std::vector<Section> sections = sections_from(page, first_question);
  if (!question_like(page, sections[0])) return std::nullopt;

  Document doc;
  std::vector<SourcePos> merged;  // warned about only if the page turns out to be this layout
  bool expect_question = false;
  doc.entries.push_back(question_entry(page, sections[0]));
  for (std::size_t i = 1; i < sections.size(); ++i) {
    const Section& s = sections[i];
    if (!expect_question) {
      add_answer(page, s, doc.entries.back());
      expect_question = true;
      continue;
    }
    // A line without '?' right before a one-line '?' section is more likely the end of an
    // answer that was split by a stray blank line than a question.
    bool next_asks = i + 1 < sections.size() && question_like(page, sections[i + 1]) &&
                     asks(page, sections[i + 1]);
    if (question_like(page, s) && (asks(page, s) || !next_asks)) {
      doc.entries.push_back(question_entry(page, s));
      expect_question = false;
      continue;
    }
    merged.push_back(page.first_line(page.groups[s.first]).pos());
    add_answer(page, s, doc.entries.back());
  }

  // A closing line after the last answer (a note, a credit) is not a question unless it asks.
  QandA& last = doc.entries.back();
  if (last.answer.empty() && doc.entries.size() > 1 &&
      !ends_with_question_mark(plain_text(last.question))) {
    doc.trailing.push_back(paragraph(std::move(last.question), last.pos));
    doc.entries.pop_back();
  }

  std::size_t with_mark = 0;
  for (const auto& entry : doc.entries)
    with_mark += ends_with_question_mark(plain_text(entry.question));
  const std::size_t n = doc.entries.size();
  if (doc.entries.back().answer.empty() && n == 1) return std::nullopt;
  if (with_mark * 2 < n || merged.size() * 2 > n) return std::nullopt;
  for (SourcePos pos : merged) {
    diagnostics.warn("two blank lines inside an answer; read as part of the answer", pos);
  }

  read_header(page, first_question, doc);
  return doc;
}

}  // namespace govtech::text_reader
