// numbering.xml: which list a numbered paragraph belongs to, and whether that list level is
// bulleted or numbered and from what number.
#pragma once

#include <map>
#include <optional>

#include <pugixml.hpp>

#include "ooxml.hpp"

namespace govtech::docx {

struct ListLevel {
  bool ordered = false;
  int start = 1;
  int abstract = -1;  // lists sharing an abstract definition continue one another's numbers
};

class Numbering {
 public:
  Numbering() = default;
  Numbering(pugi::xml_node root, const Names& n);

  // Nothing for numId 0 (numbering removed) or an unknown list.
  std::optional<ListLevel> level(int num_id, int ilvl) const;

 private:
  struct Instance {
    int abstract = -1;
    std::map<int, int> start_overrides;
  };
  std::map<int, std::map<int, ListLevel>> abstract_;
  std::map<int, Instance> instances_;
};

}  // namespace govtech::docx
