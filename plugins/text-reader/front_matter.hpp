// The header block above a keyed interview (Q:/A:, numbered questions, transcripts): an
// optional title line, `Key: value` lines and a byline ("Interview by ...").
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "govtech/ast.hpp"
#include "page.hpp"

namespace govtech::text_reader {

struct FrontMatter {
  Cursor body;                      // the first line that is not part of the header block
  std::vector<std::string> hosts;   // names given by Host:/Interviewer: lines
  std::vector<std::string> guests;  // names given by Guest:/Interviewee: lines
};

// Reads header lines from the start of `page` into `meta`, stopping at the first line for which
// `is_body` is true or that is not a header line. The first line of the page is the title when
// it is no header line itself and stands alone (or heads a block of header lines).
FrontMatter read_front_matter(const Page& page, Metadata& meta,
                              const std::function<bool(const SourceLine&)>& is_body);

// Whether `line` would be read as a header line (a known `Key: value` or a byline).
bool is_header_line(std::string_view line);

}  // namespace govtech::text_reader
