// Normalising HTML so that two serialisations of the same tree compare equal: the differences
// the CommonMark spec tests ignore (white space between block tags, attribute order, `<br>`
// against `<br />`, which characters are written as references).
#pragma once

#include <string>
#include <string_view>

namespace govtech::testing {

std::string normalise_html(std::string_view html);

}  // namespace govtech::testing
