#include "footnote_definitions.hpp"

#include "govtech/text.hpp"

namespace govtech::markdown {

namespace {

// A label is at most this long, as a link label is in CommonMark.
constexpr std::size_t kMaxLabel = 999;

struct Line {
  std::size_t begin = 0;  // offset of its first byte
  std::size_t end = 0;    // offset of its line ending (or of the end of the body)
  std::string_view text;  // without the line ending
};

std::vector<Line> split_lines(std::string_view body) {
  std::vector<Line> lines;
  for (std::size_t pos = 0; pos < body.size();) {
    std::size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    std::size_t content_end = end;
    if (content_end > pos && body[content_end - 1] == '\r') --content_end;
    lines.push_back({pos, content_end, body.substr(pos, content_end - pos)});
    pos = end + 1;
  }
  return lines;
}

std::size_t indentation(std::string_view line) {
  std::size_t columns = 0;
  for (char c : line) {
    if (c == ' ') {
      ++columns;
    } else if (c == '\t') {
      columns += 4 - columns % 4;
    } else {
      break;
    }
  }
  return columns;
}

std::string_view drop_indent(std::string_view line, std::size_t columns) {
  std::size_t col = 0, i = 0;
  while (i < line.size() && col < columns && (line[i] == ' ' || line[i] == '\t')) {
    col += line[i] == '\t' ? 4 - col % 4 : 1;
    ++i;
  }
  return line.substr(i);
}

// A code fence's opening or closing line: its character and length, or 0.
std::size_t fence_length(std::string_view line, char& mark) {
  if (indentation(line) > 3) return 0;
  line = drop_indent(line, 3);
  if (line.empty() || (line.front() != '`' && line.front() != '~')) return 0;
  std::size_t n = 0;
  while (n < line.size() && line[n] == line.front()) ++n;
  if (n < 3) return 0;
  if (line.front() == '`' && line.substr(n).find('`') != std::string_view::npos) return 0;
  mark = line.front();
  return n;
}

// The label's end (the offset after `]:`) and the label, when `line` starts a definition.
std::size_t definition_start(std::string_view line, std::string_view& label) {
  if (indentation(line) > 3) return 0;
  const std::size_t lead = line.size() - drop_indent(line, 3).size();
  const std::size_t length = footnote_reference_length(line.substr(lead));
  if (length == 0 || lead + length >= line.size() || line[lead + length] != ':') return 0;
  label = line.substr(lead + 2, length - 3);
  return lead + length + 1;
}

// Lines that begin a block of their own rather than continue a definition's paragraph.
bool starts_other_block(std::string_view line) {
  char mark = 0;
  if (fence_length(line, mark) != 0) return true;
  const std::string_view text = trim(line);
  return text.starts_with("#") || text.starts_with(">") || text == "***" || text == "---" ||
         text == "___";
}

}  // namespace

std::string footnote_key(std::string_view label) {
  return ascii_lower(collapse_spaces(label));
}

std::size_t footnote_reference_length(std::string_view text) {
  if (!text.starts_with("[^")) return 0;
  for (std::size_t i = 2; i < text.size() && i < kMaxLabel + 2; ++i) {
    const char c = text[i];
    if (c == ']') return i > 2 ? i + 1 : 0;
    if (c == '[' || c == ' ' || c == '\t' || c == '\n' || c == '\r') return 0;
    if (c == '\\') ++i;  // an escaped character belongs to the label
  }
  return 0;
}

FootnoteDefinitions extract_footnote_definitions(std::string_view body) {
  FootnoteDefinitions found;
  if (body.find("[^") == std::string_view::npos) return found;
  const std::vector<Line> lines = split_lines(body);
  auto blank_out = [&](const Line& line) {
    if (found.blanked.empty()) found.blanked = std::string(body);
    for (std::size_t i = line.begin; i < line.end; ++i) found.blanked[i] = ' ';
  };
  bool after_blank = true;  // the start counts as after a blank line
  char fence_mark = 0;
  std::size_t fence = 0;  // the open fence's length, or 0
  for (std::size_t i = 0; i < lines.size();) {
    const std::string_view text = lines[i].text;
    if (fence != 0) {
      char mark = 0;
      const std::size_t length = fence_length(text, mark);
      // A closing fence: as long as the opening one at least, and nothing after it.
      if (length >= fence && mark == fence_mark && is_blank(trim(text).substr(length))) fence = 0;
      ++i;
      continue;
    }
    std::string_view label;
    const std::size_t content = after_blank ? definition_start(text, label) : 0;
    if (content == 0) {
      char mark = 0;
      if (const std::size_t length = fence_length(text, mark)) {
        fence = length;
        fence_mark = mark;
      }
      after_blank = is_blank(text);
      ++i;
      continue;
    }
    FootnoteDefinition definition{footnote_key(label), std::string(trim(text.substr(content))),
                                  static_cast<std::uint32_t>(i + 1)};
    blank_out(lines[i]);
    ++i;
    // The first paragraph goes on while lines are not blank; after blank lines, lines
    // indented four columns continue the note with further blocks.
    bool in_paragraph = true;
    while (i < lines.size()) {
      const std::string_view next = lines[i].text;
      std::string_view next_label;
      if (is_blank(next)) {
        std::size_t j = i;
        while (j < lines.size() && is_blank(lines[j].text)) ++j;
        if (j == lines.size() || indentation(lines[j].text) < 4) break;
        for (; i < j; ++i) definition.text += '\n';
        in_paragraph = false;
        continue;
      }
      if (indentation(next) >= 4) {
        definition.text += '\n';
        definition.text += drop_indent(next, 4);
      } else if (in_paragraph && !starts_other_block(next) &&
                 definition_start(next, next_label) == 0) {
        definition.text += '\n';
        definition.text += next;  // a lazy continuation line
      } else {
        break;
      }
      blank_out(lines[i]);
      ++i;
    }
    found.definitions.push_back(std::move(definition));
    after_blank = true;  // a definition may follow another directly
  }
  return found;
}

}  // namespace govtech::markdown
