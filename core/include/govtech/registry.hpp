// Finding and loading plugins.
//
// The registry knows a list of folders, in search order. It loads a plugin only when a
// conversion needs a format nobody has provided yet, so a conversion that reads text and
// writes EPUB opens two libraries, not all of them. Folder by folder, a format name or an
// extension X tries the file named after it and the role first (`epub-writer.so` for the
// writer of `epub`), then the files of that role whose format part has X's letters in order
// (`text-reader.so` for `txt`, `markdown-reader.so` for `md`), then the other files of that
// role, then any other, each in name order. The search stops at the first plugin that
// provides what was asked; probing content and listing load every plugin.
//
// Shadowing: the plugin loaded first keeps a format name or alias, so an earlier folder
// always wins over a later one. A later plugin that claims a taken name loses that format
// (and is skipped if it has no other); one that claims a taken alias keeps its format but not
// the alias. Either way one warning names both files and the winner. When the winner has a
// namesake file in a later folder, that file is loaded too, so that a plugin replacing a
// bundled one never does so silently.
//
// A file that is not a loadable plugin (not a shared library, no entry symbol, another API
// version, a registration that throws, formats already provided) is skipped with one
// warning naming the file and the reason. The API version is read from the file, and from
// the core library it links, before it is loaded, so a plugin of another version runs no
// code and is refused with the version message even where its core cannot be loaded.
// Nothing a plugin file holds can crash the registry, short of code that crashes while it
// is being loaded.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "govtech/export.hpp"
#include "govtech/plugin.hpp"

namespace govtech {

// What happened to one plugin file.
struct PluginRecord {
  std::string path;
  bool loaded = false;
  std::string reason;  // why it was skipped, when it was
  std::string name;    // from the plugin's entry, when loaded
  std::string version;
  std::string description;
  int api_version = 0;
  // Names or aliases of its formats that another plugin provides too, each as a sentence
  // saying which plugin wins (the one loaded first; see the rule above).
  std::vector<std::string> shadowing;
};

// One format as provided by one plugin.
struct FormatEntry {
  FormatInfo info;
  Role role = Role::reader;
  std::string plugin;       // the plugin's name
  std::string plugin_path;  // the file it came from ("(built in)" for in-process plugins)
};

template <class T>
struct Provided {
  std::shared_ptr<const T> handler;  // keeps the plugin's library loaded while it lives
  FormatEntry entry;
  explicit operator bool() const { return handler != nullptr; }
};

class GOVTECH_API Registry {
 public:
  Registry();
  ~Registry();
  Registry(const Registry&) = delete;
  Registry& operator=(const Registry&) = delete;

  // Appends a folder to the search order (missing folders are ignored). Nothing is loaded yet.
  void add_folder(const std::string& folder);
  const std::vector<std::string>& folders() const;

  // Registers a plugin that lives in this process (tests, static builds), ahead of any folder.
  void add_builtin(const PluginEntry& entry);

  // The reader or writer for a format name or alias; empty if no plugin provides it.
  Provided<Reader> reader(std::string_view format);
  Provided<Writer> writer(std::string_view format);

  // The reader that claims a file extension (without dot, any case). Tries the files named
  // `*-reader.so` of each folder first, stopping at the first reader that claims it.
  Provided<Reader> reader_for_extension(std::string_view extension);
  // The writer for an output file named without a format: the one that claims an extension
  // the name ends with ("book.epub", "notes.fx.txt"; any case), found as above by the name's
  // last extension, among the files named `*-writer.so` first. Of the writers loaded when one
  // matches, the longest extension wins.
  Provided<Writer> writer_for_file_name(std::string_view file_name);
  // The reader whose probe() is surest of `head`, among all plugins; empty if none is at all.
  Provided<Reader> reader_by_probe(std::string_view head);

  // Loads every plugin file in every folder.
  void load_all();
  std::vector<FormatEntry> formats();         // loads all; readers then writers, by name
  std::vector<PluginRecord> plugins() const;  // files seen so far and what became of them

  // Warnings raised while loading (skipped files, duplicate formats), taken once each.
  std::vector<std::string> take_warnings();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The plugin folders in search order: each --plugin-dir, then GOVTECH_CONVERT_PLUGIN_PATH
// (colon-separated), then the build tree's plugin folder when the program runs from its
// build tree, then the installed folder beside the program (<prefix>/<libdir>/govtech-convert/
// plugins, found relative to the executable so that an installed tree can be moved).
GOVTECH_API std::vector<std::string> plugin_search_path(const std::vector<std::string>& plugin_dirs,
                                                        const std::string& executable_path);

}  // namespace govtech
