// Markdown documents made at random from every construct the Markdown reader knows, for the
// property tests: whatever the mix, each converts to valid output that keeps all its words.
// The same seed always gives the same documents, so a failure can be reproduced from the
// seed and the document's number alone.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace govtech::property {

struct GeneratedDocument {
  std::string name;      // "doc-007.md"
  std::string markdown;  // the input
  // The words of the fixed list that the input uses as text (not in URLs, attributes or a
  // script), each once: every one of them must be in every output.
  std::vector<std::string> words;
  std::vector<std::string> constructs;  // the mix, in the order they were written
};

// The images every document may refer to; they must be written beside the documents.
const std::vector<std::string>& image_names();

// Document `index` (0-based) of the run with `seed`; it depends on nothing else.
GeneratedDocument generate_document(std::uint64_t seed, unsigned index);

// "seed 42, doc-007.md: heading, table, footnote, ..."; for failure messages.
std::string describe(std::uint64_t seed, const GeneratedDocument& doc);

}  // namespace govtech::property
