// Normalising metadata into the forms EPUB requires: a language tag, W3C dates, the
// modification timestamp, a title.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"

namespace govtech::epub {

// The book's language: the metadata's if it is a well-formed tag, else "en" with a warning.
// Never the machine's locale, so the same input gives the same book everywhere.
std::string book_language(const Metadata& meta, Diagnostics& diagnostics, bool& declared);

// The date as W3C date format (YYYY, YYYY-MM, YYYY-MM-DD, or a full timestamp), converting
// "12 March 2020", "March 12, 2020" and "March 2020". Nothing if it cannot be understood.
std::optional<std::string> w3c_date(std::string_view date);

// When the book was made, in seconds since 1970: SOURCE_DATE_EPOCH when set (reproducible
// builds), else now. Throws Error(usage) when SOURCE_DATE_EPOCH is not a whole number.
std::int64_t build_timestamp();

// CCYY-MM-DDThh:mm:ssZ, as dcterms:modified requires.
std::string utc_timestamp(std::int64_t unix_time);

// A title for a book whose metadata has none (EPUB requires one).
std::string fallback_title(const Metadata& meta);

}  // namespace govtech::epub
