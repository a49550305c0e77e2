#include "numbering.hpp"

#include <string_view>

namespace govtech::docx {

Numbering::Numbering(pugi::xml_node root, const Names& n) {
  for (pugi::xml_node node = root.first_child(); node; node = node.next_sibling()) {
    if (is(node, n.w, "abstractNum")) {
      const int id = attr(node, n.w, "abstractNumId").as_int(-1);
      auto& levels = abstract_[id];
      for (pugi::xml_node lvl = node.first_child(); lvl; lvl = lvl.next_sibling()) {
        if (!is(lvl, n.w, "lvl")) continue;
        ListLevel level{.abstract = id};
        const std::string_view format = attr(child(lvl, n.w, "numFmt"), n.w, "val").value();
        level.ordered = !(format.empty() || format == "bullet" || format == "none");
        level.start = attr(child(lvl, n.w, "start"), n.w, "val").as_int(1);
        levels[attr(lvl, n.w, "ilvl").as_int(0)] = level;
      }
    } else if (is(node, n.w, "num")) {
      Instance instance;
      instance.abstract = attr(child(node, n.w, "abstractNumId"), n.w, "val").as_int(-1);
      for (pugi::xml_node o = node.first_child(); o; o = o.next_sibling()) {
        if (!is(o, n.w, "lvlOverride")) continue;
        if (pugi::xml_node start = child(o, n.w, "startOverride")) {
          instance.start_overrides[attr(o, n.w, "ilvl").as_int(0)] =
              attr(start, n.w, "val").as_int(1);
        }
      }
      instances_[attr(node, n.w, "numId").as_int(0)] = std::move(instance);
    }
  }
}

std::optional<ListLevel> Numbering::level(int num_id, int ilvl) const {
  if (num_id == 0) return std::nullopt;
  auto instance = instances_.find(num_id);
  if (instance == instances_.end()) return std::nullopt;
  auto levels = abstract_.find(instance->second.abstract);
  ListLevel level{.ordered = false, .start = 1, .abstract = instance->second.abstract};
  if (levels != abstract_.end()) {
    if (auto found = levels->second.find(ilvl); found != levels->second.end()) {
      level = found->second;
    }
  }
  if (auto start = instance->second.start_overrides.find(ilvl);
      start != instance->second.start_overrides.end()) {
    level.start = start->second;
  }
  return level;
}

}  // namespace govtech::docx
