#include "listing.hpp"

#include <algorithm>
#include <iomanip>

namespace govtech::cli {

namespace {

std::string joined(const std::vector<std::string>& items, const char* prefix = "") {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += " ";
    out += prefix + item;
  }
  return out.empty() ? "-" : out;
}

}  // namespace

void list_formats(Registry& registry, std::ostream& out) {
  auto formats = registry.formats();
  std::size_t width = 6;
  for (const auto& f : formats) width = std::max(width, f.info.name.size());
  out << std::left << std::setw(static_cast<int>(width) + 2) << "FORMAT" << std::setw(8) << "ROLE"
      << std::setw(22) << "EXTENSIONS"
      << "PLUGIN\n";
  for (const auto& f : formats) {
    std::string name = f.info.name;
    if (!f.info.aliases.empty()) name += " (" + joined(f.info.aliases) + ")";
    out << std::setw(static_cast<int>(width) + 2) << f.info.name << std::setw(8)
        << (f.role == Role::reader ? "reader" : "writer") << std::setw(22)
        << joined(f.info.extensions, ".") << f.plugin << "  " << f.info.description;
    if (!f.info.aliases.empty()) out << " [aliases: " << joined(f.info.aliases) << "]";
    out << "\n";
  }
}

void list_plugins(Registry& registry, std::ostream& out) {
  registry.load_all();
  out << "Search path:\n";
  for (const auto& folder : registry.folders()) out << "  " << folder << "\n";
  out << "Plugins:\n";
  for (const auto& p : registry.plugins()) {
    if (p.loaded) {
      out << "  loaded   " << p.name << " " << p.version << "  " << p.path << "\n";
      for (const auto& clash : p.shadowing) out << "           but " << clash << "\n";
    } else {
      out << "  skipped  " << p.path << ": " << p.reason << "\n";
    }
  }
}

}  // namespace govtech::cli
