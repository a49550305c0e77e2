#include "urls.hpp"

#include <vector>

#include "govtech/text.hpp"

namespace html_reader {

using namespace govtech;

namespace {

// The path of a URL with its "." and ".." segments resolved (RFC 3986, 5.2.4).
std::string without_dot_segments(std::string_view path) {
  std::vector<std::string_view> segments;
  const bool absolute = path.starts_with('/');
  std::size_t at = absolute ? 1 : 0;
  bool trailing = false;
  while (at <= path.size()) {
    std::size_t end = path.find('/', at);
    if (end == std::string_view::npos) end = path.size();
    std::string_view segment = path.substr(at, end - at);
    trailing = segment == "." || segment == "..";
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (segment != ".") {
      segments.push_back(segment);
    }
    at = end + 1;
  }
  std::string out = absolute ? "/" : "";
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (i) out.push_back('/');
    out.append(segments[i]);
  }
  if (trailing && !out.empty() && out.back() != '/') out.push_back('/');
  return out;
}

bool has_scheme(std::string_view url) {
  for (std::size_t i = 0; i < url.size(); ++i) {
    const char c = url[i];
    if (c == ':') return i > 0;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))))
      return false;
  }
  return false;
}

}  // namespace

// "https://www.google.com/url?q=REAL&sa=D": the link Google Docs wraps every link in.
std::string unwrapped_google_link(const std::string& href) {
  for (std::string_view prefix : {"https://www.google.com/url?", "http://www.google.com/url?"}) {
    if (!href.starts_with(prefix)) continue;
    std::string_view query = std::string_view(href).substr(prefix.size());
    while (!query.empty()) {
      const std::size_t amp = query.find('&');
      std::string_view pair = query.substr(0, amp);
      if (pair.starts_with("q=")) return percent_decoded(pair.substr(2));
      if (amp == std::string_view::npos) break;
      query.remove_prefix(amp + 1);
    }
  }
  return href;
}

std::string resolved_url(std::string_view base, std::string_view reference) {
  std::string ref(trim(reference));
  if (base.empty() || ref.empty() || ref.starts_with('#') || has_scheme(ref)) return ref;
  // The base's scheme, authority, path and the rest, taken apart by hand: no regex.
  std::string_view b = base;
  std::string scheme;
  if (has_scheme(b)) {
    scheme = std::string(b.substr(0, b.find(':') + 1));
    b.remove_prefix(scheme.size());
  }
  if (ref.starts_with("//")) return scheme + ref;
  std::string authority;
  if (b.starts_with("//")) {
    const std::size_t end = b.find_first_of("/?#", 2);
    authority = std::string(b.substr(0, end));
    b = end == std::string_view::npos ? std::string_view{} : b.substr(end);
  }
  std::string_view path = b.substr(0, b.find_first_of("?#"));
  std::string merged;
  if (ref.starts_with('/')) {
    merged = ref;
  } else if (ref.starts_with('?')) {
    merged = std::string(path) + ref;
    return scheme + authority + merged;
  } else {
    const std::size_t slash = path.rfind('/');
    merged = slash == std::string_view::npos ? ref : std::string(path.substr(0, slash + 1)) + ref;
    if (!authority.empty() && !merged.starts_with('/')) merged.insert(0, "/");
  }
  const std::size_t query = merged.find_first_of("?#");
  std::string rest = query == std::string::npos ? std::string() : merged.substr(query);
  merged = without_dot_segments(merged.substr(0, query)) + rest;
  return scheme + authority + merged;
}

}  // namespace html_reader
