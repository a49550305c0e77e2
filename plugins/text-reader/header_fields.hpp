// Reading the metadata that plain-text interviews carry in their first lines: a comma-separated
// interviewee line, a byline, a series line, and `Key: value` header lines.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "govtech/ast.hpp"

namespace govtech::text_reader {

// "Name, Role, Unit, Organisation, Country", read by the core's person_from_header_line():
// places at the end by data, then the organisation, then units.
Person person_from_fields(std::string_view line);

// The names in a byline line ("By Ama Owusu", "Interview by A and B", "Par Claire Dubois"), or
// nothing when the line is not a byline: the core's parse_byline().
std::optional<std::vector<std::string>> byline_authors(std::string_view line);

// Names joined by commas, "and" or "&".
std::vector<std::string> split_names(std::string_view names);

// A series line without its closing full stop.
std::string series_from_line(std::string_view line);

// A `Key: value` line. The key is lower-cased; the value is trimmed and may itself hold colons.
struct HeaderField {
  std::string key;
  std::string_view key_as_written;
  std::string_view value;
};

// A label of one to four words before a colon ("Title", "Job title", "AMA OWUSU"), or nothing.
// The value may be empty ("Q:" alone on a line).
std::optional<HeaderField> split_label(std::string_view line);

// Stores a header field the reader knows (title, interviewee, role, interviewer, date, ...)
// in `meta`. Returns false for keys it does not know, leaving `meta` alone.
bool apply_known_field(Metadata& meta, const HeaderField& field);

// Keys naming the interviewer or the interviewee, which transcripts use to tell who asks.
bool is_host_key(std::string_view key);
bool is_guest_key(std::string_view key);

}  // namespace govtech::text_reader
