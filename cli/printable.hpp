// Text from the command line or the file system, made safe to print in a message: it may hold
// bytes that are not UTF-8, or control characters that a terminal would act on.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace govtech::cli {

// `text` with each byte that is not part of valid UTF-8, and each control character (C0, DEL,
// C1), written as \xHH, so that nothing printed can move the cursor, forge a line or change a
// terminal's state.
std::string printable(std::string_view text);

// Nothing if `text` is valid UTF-8; else a message saying which `what` it is (e.g. "the -M
// value of 'title'") and where its first bad byte sits.
std::optional<std::string> utf8_problem(std::string_view text, const std::string& what);

}  // namespace govtech::cli
