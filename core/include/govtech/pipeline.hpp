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

// Runs the writer over many documents as one publication (--combine), after
// give_resources_distinct_names(). Throws Error.
GOVTECH_API void write_collection(const Provided<Writer>& writer, Collection books,
                                  const std::string& input_folder,
                                  const ConversionSettings& settings, Diagnostics& diagnostics,
                                  Sink& out);

// Drops the resources no image of the document (nor a cover-image in its metadata) names:
// a picture whose only placement a reader left out. read_document() calls it.
GOVTECH_API void drop_unused_resources(Document& doc);

// Makes the names of the resources the collection's documents carry mean one thing across the
// collection, since its writer has one resource request for them all: two Word files that
// both hold word/media/image1.png keep their own pictures. A resource keeps its name unless
// another document's resource with other bytes has it already, or an image of any document
// refers to a file by it; it is then renamed "document-N/NAME" (N: the document's place, from
// 1), and its document's images with it. Identical resources of one name stay one name.
GOVTECH_API void give_resources_distinct_names(Collection& books);

// The loaders a WriteContext offers: document resources confined to `input_folder` and the
// resource paths; user files as named.
GOVTECH_API ResourceLoader document_resource_loader(const std::string& input_folder,
                                                    std::vector<std::string> resource_paths,
                                                    Diagnostics& diagnostics);
// The same, answering a reference that is the name of a resource one of `documents` carries
// (exactly, as its images' src holds it) with that resource's bytes, before any file is
// looked for; Resource::path is then the name. The documents must outlive the loader. Carried
// resources are served as they are: their reader bounded them, and the bounds on files do not
// count them.
GOVTECH_API ResourceLoader document_resource_loader(const std::vector<const Document*>& documents,
                                                    const std::string& input_folder,
                                                    std::vector<std::string> resource_paths,
                                                    Diagnostics& diagnostics);
GOVTECH_API ResourceLoader user_file_loader(Diagnostics& diagnostics);

}  // namespace govtech
