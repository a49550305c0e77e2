// What a plugin file says about itself, read from its ELF headers without loading it.
//
// dlopen() trusts a file completely: it maps whatever the headers say and runs the library's
// constructors before anyone can look at its entry. So the registry reads the file first, as
// hostile input, and only hands a file over that is whole, has the entry symbol, and was built
// for this plugin API.
#pragma once

#include <optional>
#include <string>

namespace govtech::detail {

struct PluginFileFacts {
  // Why the file cannot be loaded at all; empty when nothing was found against it.
  std::string problem;
  bool lacks_entry = false;  // `problem` is that it has no plugin entry symbol
  // The api_version field of the exported entry, read from the file's bytes.
  std::optional<int> entry_api_version;
  // N of a DT_NEEDED libgovtech-convert.so.N: the core, and so the plugin API, it links.
  std::optional<int> needed_core_api;
};

PluginFileFacts inspect_plugin_file(const std::string& path);

}  // namespace govtech::detail
