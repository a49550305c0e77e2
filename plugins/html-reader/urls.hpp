// Links and image sources as the page means them: resolved against its <base>, and Google
// Docs' redirect links unwrapped.
#pragma once

#include <string>
#include <string_view>

namespace html_reader {

// `reference` resolved against `base` (RFC 3986, 5.2); a #fragment, a URL with a scheme, or
// any reference on a page without a base stays as written.
std::string resolved_url(std::string_view base, std::string_view reference);

// "https://www.google.com/url?q=REAL&sa=D" -> REAL; any other link as it is.
std::string unwrapped_google_link(const std::string& href);

}  // namespace html_reader
