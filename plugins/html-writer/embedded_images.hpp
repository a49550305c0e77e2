// Images inlined as data: URLs, for --embed-resources.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "govtech/plugin.hpp"

namespace html_writer {

// A data: URL holding the image `src` refers to, or nothing (with a warning) when it cannot
// be read or is not an image browsers show. Remote and data: sources are left alone (nothing).
std::optional<std::string> embedded_image(std::string_view src, govtech::WriteContext& ctx);

}  // namespace html_writer
