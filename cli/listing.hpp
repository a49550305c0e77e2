// --list-formats and --list-plugins.
#pragma once

#include <ostream>
#include <string_view>

#include "govtech/registry.hpp"

namespace govtech::cli {

// With `verbose`, each format's options beneath it.
void list_formats(Registry& registry, std::ostream& out, bool verbose = false);
// --help-format NAME: the reader and writer of that name, and their options. False if no
// plugin provides the format.
bool describe_format(Registry& registry, std::string_view name, std::ostream& out);
void list_plugins(Registry& registry, std::ostream& out);

}  // namespace govtech::cli
