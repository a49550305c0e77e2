// Helpers for testing a plugin: run a reader or writer the way govtech-convert does, entirely
// in memory, and look at what comes out.
//
//   #include <govtech/testing.hpp>
//
//   auto writer = govtech::testing::load_writer("build", "transcript");
//   govtech::Document doc;
//   doc.meta.title = "Building a digital service";
//   doc.entries.push_back({.question = {govtech::Text{"Why?"}},
//                          .answer = {govtech::Paragraph{{govtech::Text{"Because."}}}}});
//   std::string bytes = govtech::testing::write_to_string(*writer.handler, doc);
//
// The helpers go through the same pipeline as the CLI: a reader's document gets the metadata
// overrides and the nesting limit (kMaxNesting) applied, a writer gets a WriteContext with the
// core's own resource loaders and a document within the nesting limit, and an exception other
// than govtech::Error comes back as the Error(ErrorKind::plugin) a user would see. In messages
// the input is called kTestInputName.
#pragma once

#include <string>
#include <string_view>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"
#include "govtech/export.hpp"
#include "govtech/pipeline.hpp"
#include "govtech/plugin.hpp"
#include "govtech/registry.hpp"
#include "govtech/walk.hpp"

namespace govtech::testing {

inline constexpr const char* kTestInputName = "test-input";

// Runs `reader` over `input`. Warnings are dropped; throws Error as a conversion would.
GOVTECH_API Document read_from_string(const Reader& reader, std::string_view input,
                                      const Options& options = {});
// The same, with metadata overrides (settings.metadata, like -M) and the warnings kept in
// `diagnostics`.
GOVTECH_API Document read_from_string(const Reader& reader, std::string_view input,
                                      const ConversionSettings& settings, Diagnostics& diagnostics);

// Runs `writer` over `doc` and returns every byte it wrote. Warnings are dropped; throws Error
// as a conversion would. The resources the document carries are served; image files are not:
// give a resource folder through the overload below.
GOVTECH_API std::string write_to_string(const Writer& writer, const Document& doc,
                                        const Options& options = {});
// The same, with warnings kept in `diagnostics`; the document's resources are looked up in
// `resource_folder` and settings.resource_paths, under the same confinement as in the CLI.
GOVTECH_API std::string write_to_string(const Writer& writer, const Document& doc,
                                        const ConversionSettings& settings,
                                        Diagnostics& diagnostics,
                                        const std::string& resource_folder = {});

// The reader or writer of `format` from the plugin files in `folder`, loaded exactly as
// govtech-convert loads them (API version check included). Throws Error(unavailable) listing
// the loader's warnings, e.g. why a plugin file was skipped, when no plugin there provides it.
// The returned handle keeps the plugin's library loaded for as long as it lives.
GOVTECH_API Provided<Reader> load_reader(const std::string& folder, std::string_view format);
GOVTECH_API Provided<Writer> load_writer(const std::string& folder, std::string_view format);

}  // namespace govtech::testing
