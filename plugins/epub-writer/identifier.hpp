// The publication's identifier: a urn:uuid: derived from what the book says, so converting
// the same interview twice gives the same identifier (reading systems then treat it as one
// book), while any change to its text or metadata gives a new one.
#pragma once

#include <string>
#include <string_view>

#include "govtech/ast.hpp"

namespace govtech::epub {

// A name-based UUID (RFC 9562 version 5: SHA-1 over a namespace and the name), lower-case
// hex in 8-4-4-4-12 form, in the namespace of govtech-convert's publications.
std::string name_based_uuid(std::string_view name);

// An unambiguous serialisation of a document's metadata and content: every node and string
// is tagged and length-prefixed, so different trees never serialise alike. The metadata's own
// identifier is left out (it is what is being derived).
std::string canonical_form(const Document& doc);
std::string canonical_form(const Collection& books);

// "urn:uuid:..." over the canonical form.
std::string derived_identifier(const Document& doc);
std::string derived_identifier(const Collection& books);

}  // namespace govtech::epub
