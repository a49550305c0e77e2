#include "govtech/testing.hpp"

#include <filesystem>
#include <memory>
#include <type_traits>

#include "govtech/walk.hpp"

namespace govtech::testing {

namespace {

// A handle on a reader or writer the test owns: the pipeline takes a Provided<T>, which
// normally shares ownership with the registry, so this one borrows and deletes nothing.
template <class T>
Provided<T> borrowed(const T& handler, Role role) {
  FormatEntry entry;
  entry.role = role;
  try {
    entry.info = handler.info();
  } catch (...) {
    // Leave it unnamed; the conversion itself reports what the plugin does wrong.
  }
  entry.plugin = entry.info.name.empty()
                     ? std::string("tested")
                     : entry.info.name + (role == Role::reader ? "-reader" : "-writer");
  entry.plugin_path = "under test";
  return {std::shared_ptr<const T>(&handler, [](const T*) {}), std::move(entry)};
}

template <class T>
Provided<T> load(const std::string& folder, std::string_view format, Role role) {
  Registry registry;
  registry.add_folder(folder);
  Provided<T> found;
  if constexpr (std::is_same_v<T, Reader>) {
    found = registry.reader(format);
  } else {
    found = registry.writer(format);
  }
  if (found) return found;
  std::string message = "no plugin in " + folder + " provides the " +
                        (role == Role::reader ? "reader" : "writer") + " of format '" +
                        std::string(format) + "'";
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) message += " (there is no such folder)";
  registry.load_all();  // so that the reasons below cover every file in the folder
  for (const auto& warning : registry.take_warnings()) message += "\n  " + warning;
  throw Error(ErrorKind::unavailable, message);
}

}  // namespace

Document read_from_string(const Reader& reader, std::string_view input, const Options& options) {
  ConversionSettings settings;
  settings.options = options;
  Diagnostics diagnostics(kTestInputName);
  return read_from_string(reader, input, settings, diagnostics);
}

Document read_from_string(const Reader& reader, std::string_view input,
                          const ConversionSettings& settings, Diagnostics& diagnostics) {
  return read_document(borrowed(reader, Role::reader), input, kTestInputName, settings,
                       diagnostics);
}

std::string write_to_string(const Writer& writer, const Document& doc, const Options& options) {
  ConversionSettings settings;
  settings.options = options;
  Diagnostics diagnostics(kTestInputName);
  return write_to_string(writer, doc, settings, diagnostics);
}

std::string write_to_string(const Writer& writer, const Document& doc,
                            const ConversionSettings& settings, Diagnostics& diagnostics,
                            const std::string& resource_folder) {
  // Writers may rely on the nesting limit the pipeline applies after reading; a document built
  // by hand in a test gets the same guarantee.
  Document limited = doc;
  limit_nesting(limited, diagnostics);
  StringSink sink;
  write_document(borrowed(writer, Role::writer), limited, kTestInputName, resource_folder, settings,
                 diagnostics, sink);
  return sink.take();
}

Provided<Reader> load_reader(const std::string& folder, std::string_view format) {
  return load<Reader>(folder, format, Role::reader);
}

Provided<Writer> load_writer(const std::string& folder, std::string_view format) {
  return load<Writer>(folder, format, Role::writer);
}

}  // namespace govtech::testing
