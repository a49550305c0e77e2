// Link targets and image references as the schema's xsd:anyURI accepts them.
#pragma once

#include <string>
#include <string_view>

namespace govtech::docbook {

// `url` as a strict RFC 3986 URI reference: characters a URI cannot hold (spaces, quotes,
// braces, a '%' that starts no escape, brackets outside an IPv6 host, a colon that would
// make an invalid scheme) are percent-encoded. Non-ASCII characters stay as written (IRI).
// A URL that is already valid comes back unchanged.
std::string uri_reference(std::string_view url);

}  // namespace govtech::docbook
