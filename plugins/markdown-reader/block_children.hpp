// The block sequences directly inside a block, for the reader's passes that rewrite blocks at
// every level (one list of containers, so that no pass forgets one).
#pragma once

#include "govtech/ast.hpp"

namespace govtech::markdown {

// Calls `visit(Blocks&)` for each sequence of blocks directly inside `block`: each list
// item's, a quote's, a division's, each definition of a definition list.
template <class Visit>
void for_each_child_blocks(Block& block, Visit&& visit) {
  if (BulletList* list = block.as<BulletList>()) {
    for (ListItem& item : list->items) visit(item.blocks);
  } else if (OrderedList* list = block.as<OrderedList>()) {
    for (ListItem& item : list->items) visit(item.blocks);
  } else if (BlockQuote* quote = block.as<BlockQuote>()) {
    visit(quote->blocks);
  } else if (Division* division = block.as<Division>()) {
    visit(division->blocks);
  } else if (DefinitionList* list = block.as<DefinitionList>()) {
    for (DefinitionItem& item : list->items) {
      for (Blocks& definition : item.definitions) visit(definition);
    }
  }
}

}  // namespace govtech::markdown
