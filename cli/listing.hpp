// --list-formats and --list-plugins.
#pragma once

#include <ostream>

#include "govtech/registry.hpp"

namespace govtech::cli {

void list_formats(Registry& registry, std::ostream& out);
void list_plugins(Registry& registry, std::ostream& out);

}  // namespace govtech::cli
