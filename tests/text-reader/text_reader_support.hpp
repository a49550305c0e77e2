// Running the text reader in process, for tests that inspect the document it builds.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "govtech/plugin.hpp"

namespace govtech::testing {

// The text reader from the built plugin folder.
const Reader& text_reader();

// Reads `bytes` as the CLI would read a file named "in.txt", with these options.
Document read_text(std::string_view bytes,
                   const std::vector<std::pair<std::string, std::string>>& options = {});

// The plain text of a question or paragraph; soft breaks read as "\n" so tests see line joins.
std::string text_of(const Inlines& inlines);
std::string text_of(const Block& block);

}  // namespace govtech::testing
