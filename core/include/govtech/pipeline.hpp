// The conversion pipeline: reader -> document fix-ups -> writer, with every exception a plugin
// throws turned into a govtech::Error that names the input (and the plugin, when it is the
// plugin's own fault). The caller does all file I/O.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "govtech/export.hpp"
#include "govtech/plugin.hpp"
#include "govtech/registry.hpp"

namespace govtech {

struct ConversionSettings {
  Options options;
  std::vector<std::pair<std::string, std::string>> metadata;  // -M key=value, in order
  std::vector<std::string> resource_paths;                    // --resource-path, in order
};

// Runs the reader over `input` (named `file` in messages), applies the metadata overrides
// and limits nesting depth. Throws Error.
GOVTECH_API Document read_document(const Provided<Reader>& reader, std::string_view input,
                                   const std::string& file, const ConversionSettings& settings,
                                   Diagnostics& diagnostics);

// Runs the writer. `input_folder` is where the document's relative resources live (empty for
// standard input, where only --resource-path folders are searched). Throws Error.
GOVTECH_API void write_document(const Provided<Writer>& writer, const Document& doc,
                                const std::string& file, const std::string& input_folder,
                                const ConversionSettings& settings, Diagnostics& diagnostics,
                                Sink& out);

// Runs the writer over many documents as one publication (--combine). Throws Error.
GOVTECH_API void write_collection(const Provided<Writer>& writer, const Collection& books,
                                  const std::string& input_folder,
                                  const ConversionSettings& settings, Diagnostics& diagnostics,
                                  Sink& out);

// The loaders a WriteContext offers: document resources confined to `input_folder` and the
// resource paths; user files as named.
GOVTECH_API ResourceLoader document_resource_loader(const std::string& input_folder,
                                                    std::vector<std::string> resource_paths,
                                                    Diagnostics& diagnostics);
GOVTECH_API ResourceLoader user_file_loader(Diagnostics& diagnostics);

}  // namespace govtech
