// One conversion through the real plugins, judged: the reader and writer may refuse the input
// with a govtech::Error, but a plugin that throws anything else, or a writer whose output
// fails the checks of output_checks.hpp, is a finding. Shared by the fuzz targets and the
// test that replays the inputs they found.
#pragma once

#include <string>
#include <string_view>

#include "govtech/registry.hpp"

namespace govtech::checks {

class ConversionChecker {
 public:
  // Loads plugins from `plugin_folder` only. Documents are written with `resource_folder` as
  // the input's folder (tests/fuzz/resources: images the inputs may name), or none.
  explicit ConversionChecker(const std::string& plugin_folder, std::string resource_folder = {});

  // True when the registry provides the reader (and the writer, unless it is empty).
  bool available(std::string_view reader, std::string_view writer);

  // Reads `input` with `reader` and, unless `writer` is empty, writes the document with it,
  // with options (table of contents, fragment, split, dialect, inlined images, layout) the
  // input selects.
  // Returns an empty string when all went well or the input was refused cleanly, else the
  // finding.
  std::string check(std::string_view reader, std::string_view writer, std::string_view input);

 private:
  Registry registry_;
  std::string resource_folder_;
};

}  // namespace govtech::checks
