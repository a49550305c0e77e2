// Where a link inside a document (`#fragment`) leads, as every writer names it.
//
// link_targets() gives, once per document, the id each element that may be linked to carries
// in the output (headings, questions, and the spans, divisions and figures an author gave an
// id) and, for each fragment an author may write, the target it names and where in the
// document that target stands. Writers give their elements these ids and turn each internal
// link into a link to its target, or into its text when it has none: a link that leads
// nowhere makes an EPUB invalid (EPUBCheck's RSC-012).
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "govtech/ast.hpp"
#include "govtech/export.hpp"
#include "govtech/text.hpp"

namespace govtech {

// Where a target stands: inside a top-level block of the intro or of the trailing blocks, or
// inside a Q&A entry (its question or its answer), by index. A writer that spreads a document
// over several files maps a place to the file that holds it.
struct TargetPlace {
  enum class Area : std::uint8_t { intro, entry, trailing };
  Area area = Area::intro;
  std::size_t index = 0;

  auto operator<=>(const TargetPlace&) const = default;  // reading order
};

struct LinkTarget {
  std::string id{};  // the id the target's element carries in the output
  TargetPlace place{};
  // Whether a link of the document leads here. A heading whose author gave no id needs one
  // only then (or for a table of contents): a fragment keeps the markup of the CommonMark
  // reference renderer, which gives headings no ids.
  bool linked = false;
};

// The ids and targets of one document. It points into the document it was made from, which
// must outlive it and stay unchanged.
class GOVTECH_API LinkTargets {
 public:
  // The id the element of a Heading, Span, Division or Figure of the document carries, or
  // empty (a span, division or figure the author gave no id).
  std::string_view id_of(const void* node) const;
  // The same with the place of the element, or null.
  const LinkTarget* target_of(const void* node) const;
  // The question ids, in entry order.
  const std::vector<std::string>& question_ids() const { return questions_; }
  // The target of `#fragment` (given without the '#'), or null when nothing carries it.
  const LinkTarget* find(std::string_view fragment) const;

 private:
  friend LinkTargets link_targets(const Document&, IdSet&);
  std::unordered_map<const void*, LinkTarget> ids_;
  std::vector<std::string> questions_;
  std::map<std::string, LinkTarget, std::less<>> targets_;
};

// The ids of a document's targets, unique in `used` (which they extend), so that several
// documents on one page or in one book differ. The fragments are those the document alone
// would have: a link in a combined document leads within that document. Ids an author gave
// are kept where still free; headings without one get an id from their text (as questions
// do, see outline.hpp); "toc" and "toc-title" are never given.
GOVTECH_API LinkTargets link_targets(const Document& doc, IdSet& used);
GOVTECH_API LinkTargets link_targets(const Document& doc);

// The fragment of a link within the document ("method" for "#method"), or nothing for a URL
// that leads elsewhere (or for a bare "#", the top of the page).
GOVTECH_API std::optional<std::string_view> internal_fragment(std::string_view url);

// The warning for an internal link whose target does not exist.
GOVTECH_API std::string missing_target_warning(std::string_view fragment);

}  // namespace govtech
