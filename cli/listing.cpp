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

// "flag, default false", "integer 0-9, default 6", "one of a|b|c".
std::string option_kind(const OptionInfo& option) {
  std::string kind;
  switch (option.type) {
    case OptionType::flag:
      kind = "flag";
      break;
    case OptionType::integer:
      kind = "integer " + std::to_string(option.min) + "-" + std::to_string(option.max);
      break;
    case OptionType::text:
      kind = "text";
      break;
    case OptionType::choice: {
      kind = "one of ";
      for (std::size_t i = 0; i < option.choices.size(); ++i) {
        kind += (i ? "|" : "") + option.choices[i];
      }
      break;
    }
  }
  if (!option.default_value.empty()) kind += ", default " + option.default_value;
  return kind;
}

void list_options(const std::vector<OptionInfo>& options, const char* indent, std::ostream& out) {
  for (const OptionInfo& option : options) {
    out << indent << "-V " << option.name << "  (" << option_kind(option) << ")\n"
        << indent << "    " << option.help << "\n";
  }
}

}  // namespace

void list_formats(Registry& registry, std::ostream& out, bool verbose) {
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
    if (verbose) list_options(f.info.options, "    ", out);
  }
}

bool describe_format(Registry& registry, std::string_view name, std::ostream& out) {
  Provided<Reader> reader = registry.reader(name);
  Provided<Writer> writer = registry.writer(name);
  if (!reader && !writer) return false;
  for (const FormatEntry* entry :
       {reader ? &reader.entry : nullptr, writer ? &writer.entry : nullptr}) {
    if (!entry) continue;
    const FormatInfo& info = entry->info;
    out << info.name << " " << (entry->role == Role::reader ? "reader" : "writer") << ": "
        << info.description << "\n";
    out << "  plugin: " << entry->plugin << "\n";
    out << "  extensions: " << joined(info.extensions, ".") << "\n";
    if (!info.aliases.empty()) out << "  aliases: " << joined(info.aliases) << "\n";
    if (!info.mime_type.empty()) out << "  media type: " << info.mime_type << "\n";
    if (info.options.empty()) {
      out << "  options: none of its own\n";
    } else {
      out << "  options:\n";
      list_options(info.options, "    ", out);
    }
    out << "\n";
  }
  out << "Every conversion also takes:\n";
  list_options(conversion_options(), "    ", out);
  return true;
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
