#include "manual.hpp"

#include <boost/program_options.hpp>
#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace govtech::cli {

namespace po = boost::program_options;

namespace {

// Text for a roff text line: backslashes and hyphens escaped (a plain '-' may print as a
// typographic hyphen, which a reader copying an option could not type), and every character
// beyond ASCII as \[uXXXX], so the page reads the same whatever encoding groff assumes.
std::string escaped(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else if (c < 0x80) {
      out += static_cast<char>(c);
    } else {
      // UTF-8: the lead byte says how many continuation bytes follow.
      std::size_t extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
      std::uint32_t code = c & (0x3F >> extra);
      for (; extra > 0 && i + 1 < text.size(); --extra) {
        code = (code << 6) | (static_cast<unsigned char>(text[++i]) & 0x3F);
      }
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "\\[u%04X]", static_cast<unsigned>(code));
      out += buffer;
    }
  }
  return out;
}

// A text line: roff reads a leading '.' or '\'' as a request.
std::string line(std::string text) {
  if (!text.empty() && (text[0] == '.' || text[0] == '\'')) text.insert(0, "\\&");
  return text + "\n";
}

std::string bold(std::string_view text) {
  return "\\fB" + escaped(text) + "\\fR";
}
std::string italic(std::string_view text) {
  return "\\fI" + escaped(text) + "\\fR";
}

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// The epilogue of --help, read back into its parts.
struct Item {
  std::string term;
  std::string text;
};
struct Block {
  std::string heading;  // "Examples", "Exit codes", ...
  std::vector<Item> items;
};
struct Epilogue {
  std::vector<std::string> paragraphs;  // prose, each paragraph joined into one line
  std::vector<Block> blocks;
};

Epilogue parse_epilogue(std::string_view text) {
  Epilogue epilogue;
  Block* block = nullptr;
  bool in_paragraph = false;
  while (!text.empty()) {
    const auto end = text.find('\n');
    std::string_view row = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (trimmed(row).empty()) {
      in_paragraph = false;
    } else if (row.front() == ' ' && block) {
      // "  term  explanation": the term ends at the first run of two spaces.
      row = trimmed(row);
      const auto gap = row.find("  ");
      Item item{std::string(row.substr(0, gap)), ""};
      if (gap != std::string_view::npos) item.text = trimmed(row.substr(gap));
      block->items.push_back(std::move(item));
    } else if (row.back() == ':' && row.front() != ' ') {
      block = &epilogue.blocks.emplace_back(Block{std::string(row.substr(0, row.size() - 1)), {}});
      in_paragraph = false;
    } else {
      block = nullptr;
      if (!in_paragraph) epilogue.paragraphs.emplace_back();
      std::string& paragraph = epilogue.paragraphs.back();
      if (!paragraph.empty()) paragraph += ' ';
      paragraph += trimmed(row);
      in_paragraph = true;
    }
  }
  return epilogue;
}

// The usage line with the program and options in bold and the placeholders in italics.
std::string synopsis(std::string_view usage, std::string_view program) {
  std::string out;
  std::size_t i = 0;
  while (i < usage.size()) {
    const auto end = usage.find_first_of(" []|", i);
    if (end == i) {
      out += usage[i++];
      continue;
    }
    std::string_view word = usage.substr(i, end == std::string_view::npos ? end : end - i);
    i += word.size();
    std::string_view dots;
    if (const auto d = word.find("..."); d != std::string_view::npos && d > 0) {
      dots = word.substr(d);
      word = word.substr(0, d);
    }
    out += (word == program || word.front() == '-' ? bold(word) : italic(word)) + escaped(dots);
  }
  return out;
}

// "-f, --from FORMAT" for one option, in bold and italics.
std::string option_names(const po::option_description& option) {
  std::string out;
  const std::string shorter =
      option.canonical_display_name(po::command_line_style::allow_dash_for_short);
  if (shorter.size() == 2 && shorter[0] == '-') out = bold(shorter);
  if (!option.long_name().empty()) {
    if (!out.empty()) out += ", ";
    out += bold("--" + option.long_name());
  }
  // "FORMAT", or "N (=4)" when the option shows its default.
  const std::string parameter = option.format_parameter();
  if (!parameter.empty()) {
    const auto space = parameter.find(' ');
    out += " " + italic(parameter.substr(0, space));
    if (space != std::string::npos) out += escaped(parameter.substr(space));
  }
  return out;
}

// Boost keeps the groups of a description to itself but prints each caption before the
// options of its group, in the order of options(): read the captions back from the print.
std::vector<std::pair<std::string, std::size_t>> captions(const po::options_description& options) {
  std::ostringstream printed;
  printed << options;
  std::vector<std::pair<std::string, std::size_t>> groups;
  std::istringstream rows(printed.str());
  for (std::string row; std::getline(rows, row);) {
    if (row.starts_with("  -")) {
      if (groups.empty()) groups.emplace_back("", 0);
      ++groups.back().second;
    } else if (!row.empty() && row.front() != ' ' && row.back() == ':') {
      groups.emplace_back(row.substr(0, row.size() - 1), 0);
    }
  }
  std::size_t counted = 0;
  for (const auto& group : groups) counted += group.second;
  if (counted != options.options().size()) return {{"", options.options().size()}};
  return groups;
}

void write_options(std::ostream& out, const po::options_description& options) {
  std::size_t next = 0;
  for (const auto& [caption, count] : captions(options)) {
    if (!caption.empty()) out << ".SS " << escaped(caption) << "\n";
    for (std::size_t end = next + count; next < end; ++next) {
      const po::option_description& option = *options.options()[next];
      out << ".TP\n" << line(option_names(option)) << line(escaped(option.description()));
    }
  }
}

void write_items(std::ostream& out, const Block& block) {
  for (const auto& item : block.items) {
    if (item.text.empty()) {
      out << ".PP\n" << line(bold(item.term));
    } else {
      out << ".TP\n" << line(bold(item.term)) << line(escaped(item.text));
    }
  }
}

const Block* find_block(const Epilogue& epilogue, std::string_view heading) {
  for (const auto& block : epilogue.blocks) {
    if (block.heading == heading) return &block;
  }
  return nullptr;
}

// "--list-formats" in bold when the program has that option, so the prose written here
// cannot name an option that is gone.
std::string option_reference(const po::options_description& options, const std::string& name) {
  return options.find_nothrow(name, false) ? bold("--" + name) : "";
}

}  // namespace

void write_manual(std::ostream& out, const HelpText& help) {
  std::string_view usage = trimmed(help.usage.substr(0, help.usage.find('\n')));
  if (usage.starts_with("Usage:")) usage = trimmed(usage.substr(6));
  const std::string_view program = usage.substr(0, usage.find(' '));
  std::string summary(trimmed(help.summary));
  if (summary.ends_with('.')) summary.pop_back();
  if (!summary.empty() && summary[0] >= 'A' && summary[0] <= 'Z') summary[0] |= 0x20;
  const Epilogue epilogue = parse_epilogue(help.epilogue);

  std::string upper(program);
  for (char& c : upper) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 0x20) : c;
  out << ".\\\" Generated by " << escaped(program)
      << " --help-man from the option table of --help: edit that, not this.\n"
      << ".TH " << escaped(upper) << " 1 \"\" \"" << escaped(program) << " " << GOVTECH_VERSION
      << "\" \"User Commands\"\n"
      // Ragged right, unhyphenated: the page is full of commands to type as printed.
      << ".ad l\n.nh\n"
      << ".SH NAME\n"
      << line(escaped(program) + " \\- " + escaped(summary)) << ".SH SYNOPSIS\n"
      << line(synopsis(usage, program));

  out << ".SH DESCRIPTION\n"
      << line(escaped(help.summary))
      << line(escaped(program) +
              " recognises the interview in a document (a header naming the interviewee, a "
              "byline, then questions and answers) and keeps it in every output; a document "
              "that is not an interview keeps its headings. Each " +
              italic("INPUT") + " (" + escaped("'-'") +
              " for standard input) is converted into a file beside it, named after it with the "
              "output format's extension, unless " +
              bold("-o") + " or " + bold("-O") + " says otherwise.");
  for (const auto& paragraph : epilogue.paragraphs) out << ".PP\n" << line(escaped(paragraph));
  for (const auto& block : epilogue.blocks) {
    if (block.heading == "Examples" || block.heading == "Exit codes") continue;
    out << ".SS " << escaped(block.heading) << "\n";
    write_items(out, block);
  }

  out << ".SH OPTIONS\n";
  write_options(out, help.options);

  const std::string list_formats = option_reference(help.options, "list-formats");
  const std::string help_format = option_reference(help.options, "help-format");
  out << ".SH FORMATS\n"
      << line(
             "Every format is provided by a plugin, so the formats at hand are those of the "
             "plugins installed.");
  if (!list_formats.empty()) {
    out << line(list_formats + " lists them: the name to give after " + bold("-f") + " or " +
                bold("-t") +
                ", whether a plugin reads or writes it, its file extensions, and the plugin.");
  }
  if (!help_format.empty()) {
    out << line(help_format + " " + italic("NAME") +
                " lists the options a format takes, each given as " + bold("-V") + " " +
                italic("KEY") + bold("=") + italic("VALUE") + ".");
  }

  if (const Block* codes = find_block(epilogue, "Exit codes")) {
    out << ".SH \"EXIT STATUS\"\n";
    write_items(out, *codes);
  }

  out << ".SH ENVIRONMENT\n"
      << ".TP\n.B GOVTECH_CONVERT_PLUGIN_PATH\n"
      << line("Folders to search for plugins, separated by colons: after those given with " +
              bold("--plugin-dir") + ", before the installed plugin folder.")
      << ".TP\n.B SOURCE_DATE_EPOCH\n"
      << line(
             "A whole number of seconds since 1970: the time EPUB outputs record as made, "
             "instead of now, so that the same input gives the same bytes on every run.");

  // The program finds its plugins relative to itself, so the folder is named from the prefix.
  out << ".SH FILES\n"
      << ".TP\n"
      << line(italic("PREFIX") + escaped("/" GOVTECH_MANUAL_PLUGIN_DIR "/"))
      << line(
             "The bundled plugins, one shared library for each format and role, found relative to "
             "the program (" +
             italic("PREFIX") + escaped("/" GOVTECH_MANUAL_BIN_DIR "/") + escaped(program) + "); " +
             italic("PREFIX") + " is " + escaped("/usr") + " for the Debian package.");

  if (const Block* examples = find_block(epilogue, "Examples")) {
    out << ".SH EXAMPLES\n";
    write_items(out, *examples);
  }

  out << ".SH \"SEE ALSO\"\n"
      << line(bold("pandoc") + "(1), " + bold("parallel") + "(1), " + bold("xargs") + "(1)")
      << ".PP\n"
      << line(escaped("The README of the source distribution, and its docs/writing-plugins.md "
                      "on writing plugins of your own."));
}

}  // namespace govtech::cli
