#include "read_ahead.hpp"

#include <algorithm>
#include <utility>
#include <vector>

namespace govtech::markdown {

std::size_t inline_bound(std::string_view rest) {
  std::size_t line_ends = 0, delimiter_runs = 0, openers = 0;
  bool line_blank = false;  // the line so far holds nothing but spaces
  char previous = 0;
  for (const char c : rest) {
    if (c == '\n') {
      if (line_blank) break;
      ++line_ends;
      line_blank = true;
    } else if (c != ' ' && c != '\t') {
      line_blank = false;
      if ((c == '*' || c == '_' || c == '~' || c == '`') && c != previous) ++delimiter_runs;
      if (c == '[' || c == '<') ++openers;
    }
    previous = c;
  }
  return 2 * (line_ends + (delimiter_runs + 1) / 2 + openers) + 1;
}

std::size_t count_row_cells(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t' || line.front() == '>')) {
    line.remove_prefix(1);
  }
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  // Backtick runs first, so that each opening run finds its closing run (the next run of the
  // same length) without a search: one pass, whatever the runs.
  struct Run {
    std::size_t begin, length;
  };
  std::vector<Run> runs;
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == '\\') {
      i += 2;
    } else if (line[i] == '`') {
      std::size_t begin = i;
      while (i < line.size() && line[i] == '`') ++i;
      runs.push_back({begin, i - begin});
    } else {
      ++i;
    }
  }
  std::vector<std::size_t> closer(runs.size(), runs.size());  // index of each run's closer
  {
    std::vector<std::pair<std::size_t, std::size_t>> by_length;  // (length, index), sorted
    by_length.reserve(runs.size());
    for (std::size_t r = 0; r < runs.size(); ++r) by_length.emplace_back(runs[r].length, r);
    std::sort(by_length.begin(), by_length.end());
    for (std::size_t k = 0; k + 1 < by_length.size(); ++k) {
      if (by_length[k].first == by_length[k + 1].first) {
        closer[by_length[k].second] = by_length[k + 1].second;
      }
    }
  }
  std::size_t cells = 0;
  std::size_t segment_begin = 0;
  std::size_t next_run = 0;
  for (std::size_t i = 0; i < line.size();) {
    char c = line[i];
    if (c == '\\') {
      i += 2;
    } else if (c == '`') {
      while (next_run < runs.size() && runs[next_run].begin < i) ++next_run;
      std::size_t r = next_run;
      if (r < runs.size() && closer[r] < runs.size()) {
        next_run = closer[r] + 1;  // a code span: its pipes separate nothing
        i = runs[closer[r]].begin + runs[closer[r]].length;
      } else {
        i += r < runs.size() ? runs[r].length : 1;
        ++next_run;
      }
    } else if (c == '|') {
      if (i > segment_begin) ++cells;
      segment_begin = ++i;
    } else {
      ++i;
    }
  }
  if (line.size() > segment_begin) ++cells;
  return cells;
}

}  // namespace govtech::markdown
