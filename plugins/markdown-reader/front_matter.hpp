// YAML front matter: a `---` line at the very top, YAML, then a closing `---` or `...` line.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "govtech/ast.hpp"
#include "govtech/plugin.hpp"

namespace govtech::markdown {

struct FrontMatterBlock {
  std::string_view yaml;         // the lines between the delimiters
  std::uint32_t first_line = 2;  // the line of the input the YAML starts on
  std::size_t body_offset = 0;   // where the Markdown after the closing delimiter begins
};

// The front matter at the start of `text`, if there is one. The opening `---` must be the first
// line and be followed by a non-blank line (a `---` before a blank line is a thematic break),
// and a closing delimiter line must follow.
std::optional<FrontMatterBlock> find_front_matter(std::string_view text);

// Reads the YAML into `meta`. Known keys: title, subtitle, author/authors (text or a list),
// interviewee (a name, or a map of name, role, unit, organisation/organization, country; the
// same also as top-level keys role, unit, ..., or interviewee.role, ...), date, lang/language,
// series, description, keywords (a list or comma-separated text), identifier, rights. Other
// keys land in meta.extra. Returns false when the YAML is not a mapping (a lone scalar): then
// it was not front matter after all. Throws Error(input) with the file and line for YAML that
// does not parse or a known key whose value has the wrong shape.
bool read_front_matter(const FrontMatterBlock& block, const ReadContext& ctx, Metadata& meta);

}  // namespace govtech::markdown
