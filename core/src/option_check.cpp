// Options checked before a conversion starts: a misspelt -V key or a value out of range is a
// usage error naming what was meant, not a setting silently ignored.
#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>
#include <vector>

#include "govtech/plugin.hpp"

namespace govtech {

namespace {

// Optimal string alignment distance: edits, with a swap of neighbours counted as one.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

bool is_flag_value(std::string_view v) {
  for (std::string_view known : {"true", "false", "1", "0", "yes", "no", "on", "off"}) {
    if (v == known) return true;
  }
  return false;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

// Who declares an option, for messages: "the epub writer", "the core".
std::string owners(const std::vector<const FormatInfo*>& formats) {
  std::string out;
  for (const FormatInfo* format : formats) {
    if (!out.empty()) out += " and ";
    out += "'" + format->name + "'";
  }
  return out.empty() ? "this conversion" : out;
}

void check_value(const OptionInfo& option, const std::string& value) {
  const std::string name = "-V " + option.name;
  switch (option.type) {
    case OptionType::flag:
      if (!is_flag_value(value)) {
        throw Error(ErrorKind::usage,
                    name + " is true or false (or 1/0, yes/no, on/off), not '" + value + "'");
      }
      break;
    case OptionType::integer: {
      int number = 0;
      auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
      if (ec != std::errc() || end != value.data() + value.size() || number < option.min ||
          number > option.max) {
        throw Error(ErrorKind::usage, name + " takes a whole number from " +
                                          std::to_string(option.min) + " to " +
                                          std::to_string(option.max) + ", not '" + value + "'");
      }
      break;
    }
    case OptionType::choice:
      if (std::find(option.choices.begin(), option.choices.end(), value) == option.choices.end()) {
        throw Error(ErrorKind::usage,
                    name + " is one of " + joined(option.choices) + ", not '" + value + "'");
      }
      break;
    case OptionType::text:
      break;
  }
}

}  // namespace

const std::vector<OptionInfo>& conversion_options() {
  static const std::vector<OptionInfo> options{
      {.name = "unsafe",
       .type = OptionType::flag,
       .default_value = "false",
       .help = "keep raw HTML and links whose scheme can run code (trusted input only)"},
      {.name = "toc",
       .type = OptionType::flag,
       .default_value = "false",
       .help = "add a table of contents where the format has a place for one"},
      {.name = "css", .help = "a stylesheet: a URL to link, or a file to use or embed"},
      {.name = "cover-image", .help = "an image file for the publication's cover"},
      {.name = "input-encoding",
       .help = "the input's character encoding when it is not UTF-8 (latin1, windows-1252...)"},
  };
  return options;
}

void check_options(const Options& options, const std::vector<const FormatInfo*>& formats,
                   const std::vector<std::string>& must_be_known) {
  std::vector<const OptionInfo*> known;
  for (const OptionInfo& option : conversion_options()) known.push_back(&option);
  for (const FormatInfo* format : formats) {
    for (const OptionInfo& option : format->options) known.push_back(&option);
  }
  for (const auto& [key, value] : options.all()) {
    // The last declaration wins: a format may narrow a core option (a choice of values).
    auto same = [&key = key](const OptionInfo* option) { return option->name == key; };
    auto found = std::find_if(known.rbegin(), known.rend(), same);
    if (found != known.rend()) {
      check_value(**found, value);
      continue;
    }
    if (std::find(must_be_known.begin(), must_be_known.end(), key) == must_be_known.end()) {
      continue;
    }
    std::vector<std::string> names;
    std::string nearest;
    std::size_t best = std::max<std::size_t>(2, key.size() / 3) + 1;
    for (const OptionInfo* option : known) {
      if (std::find(names.begin(), names.end(), option->name) != names.end()) continue;
      names.push_back(option->name);
      const std::size_t distance = edit_distance(key, option->name);
      if (distance < best) {
        best = distance;
        nearest = option->name;
      }
    }
    std::sort(names.begin(), names.end());
    std::string message = "unknown option -V " + key + " for " + owners(formats);
    if (!nearest.empty()) message += ": did you mean '" + nearest + "'?";
    message += " Known options: " + joined(names) + " (see --help-format NAME)";
    throw Error(ErrorKind::usage, message);
  }
}

}  // namespace govtech
