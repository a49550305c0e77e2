// Checks that every writer's output must pass whatever the input was: well-formed XML without
// the characters XML forbids, HTML and XHTML with no markup that could run, valid JSON. Used
// by the fuzz targets (which stop at the first problem) and by the hostile-input tests.
// Each function returns an empty string when the output is fine, else what is wrong.
#pragma once

#include <string>
#include <string_view>

namespace govtech::checks {

// Parses as XML (pugixml) and rejects characters, raw or as references, that XML 1.0 forbids.
std::string xml_problem(std::string_view xml);

// HTML5 as the html writer makes it: no <script> other than JSON-LD data, no event-handler
// attribute (on...=), no javascript:/vbscript:/data:text URL, no <iframe>/<object>/<embed>,
// and nothing inside a <script> or <style> that could end it early.
std::string html_active_markup(std::string_view html);

// The same rules applied to an XML document (an EPUB content document), after parsing it.
std::string xhtml_active_markup(std::string_view xhtml);

// An EPUB: a zip whose first entry is an uncompressed "mimetype", every XML entry well-formed
// and free of forbidden characters, every content document inert.
std::string epub_problem(std::string_view zip_bytes);

std::string json_problem(std::string_view json);

// Picks the checks for a writer's format name: json, html, docbook, epub (others: UTF-8 only).
std::string output_problem(std::string_view format, std::string_view bytes);

}  // namespace govtech::checks
