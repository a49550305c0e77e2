// Gumbo's tree as the document's blocks and inlines. The walk over blocks is blocks.cpp; its
// parts are inlines.cpp, lists.cpp, tables.cpp and figures.cpp, with white_space.cpp for the
// inline content's white space and urls.cpp for links.
//
// The walk recurses on the page's nesting but never deeper than kMaxDepth elements: below
// that an element's text is kept as plain text, so a page nested 100 000 deep costs time in
// proportion to its size and a bounded stack. White space is collapsed as a browser shows
// it; a line break in the source is a soft break (so that this project's own pages read back
// as they were written).
#pragma once

#include <gumbo.h>

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"
#include "metadata.hpp"
#include "notes.hpp"
#include "white_space.hpp"

namespace html_reader {

// What a top-level block was in the page's own markup, for the interview stage.
enum class Mark : unsigned char { none, term, definition };  // <dt>, <dd>

struct TopBlocks {
  govtech::Blocks blocks;
  std::vector<Mark> marks;  // one per block
};

class Converter {
 public:
  static constexpr int kMaxDepth = 150;

  Converter(const PageInfo& page, std::unordered_set<const GumboNode*> dropped);

  // The blocks of `root`: its children when it is a container, else itself.
  void top_level(const GumboNode* root, TopBlocks& out);
  // The children of `container` as blocks, and as inline content.
  govtech::Blocks blocks_of(const GumboNode* container);
  govtech::Inlines inlines_of(const GumboNode* element);
  void leave_out(const GumboNode* node) { dropped_.insert(node); }
  // The page's notes: placed at their references, left out where they stand.
  void use_notes(const PageNotes& notes);

  std::string resolve(std::string_view reference) const;

 private:
  void collect_blocks(const GumboNode* parent, govtech::Blocks& out, int depth,
                      std::vector<Mark>* marks);
  void block(const GumboNode* element, govtech::Blocks& out, int depth, std::vector<Mark>* marks);
  void block_itself(const GumboNode* element, govtech::Blocks& out, int depth,
                    std::vector<Mark>* marks);
  bool note(const GumboNode* reference, govtech::Inlines& out, int depth);
  bool figure(const GumboNode* element, govtech::Blocks& out, int depth);
  void inline_node(const GumboNode* node, govtech::Inlines& out, int depth);
  void inline_children(const GumboNode* element, govtech::Inlines& out, int depth);
  govtech::Inlines paragraph_inlines(const GumboNode* element, int depth, bool allow_bold = true);
  void list(const GumboNode* element, govtech::Blocks& out, int depth);
  void table(const GumboNode* element, govtech::Blocks& out, int depth);
  void definition_list(const GumboNode* element, govtech::Blocks& out, int depth,
                       std::vector<Mark>* marks);
  govtech::Inline image(const GumboNode* element) const;
  bool skipped(const GumboNode* node) const;
  bool is_block(const GumboNode* element) const;

  const PageInfo& page_;
  std::unordered_set<const GumboNode*> dropped_;
  std::unordered_map<const GumboNode*, const GumboNode*> note_at_;
};

govtech::SourcePos position_of(const GumboNode* node);

}  // namespace html_reader
