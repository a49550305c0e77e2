#include "govtech/registry.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <optional>
#include <system_error>

#include <boost/dll/shared_library.hpp>

#include "govtech/text.hpp"
#include "plugin_file.hpp"

namespace govtech {

namespace fs = std::filesystem;

namespace {

// Collects what a plugin's registration function hands over, so that nothing is kept if it
// throws half way.
class CollectingRegistrar final : public Registrar {
 public:
  void add_reader(std::unique_ptr<Reader> reader) override {
    if (reader) readers.push_back(std::move(reader));
  }
  void add_writer(std::unique_ptr<Writer> writer) override {
    if (writer) writers.push_back(std::move(writer));
  }
  std::vector<std::unique_ptr<Reader>> readers;
  std::vector<std::unique_ptr<Writer>> writers;
};

constexpr std::size_t kEntryFieldsV1 =
    offsetof(PluginEntry, register_formats) + sizeof(PluginEntry::register_formats);

std::string owned(const char* text) {
  return text ? std::string(text) : std::string();
}

bool names_format(const FormatInfo& info, std::string_view wanted) {
  std::string w = ascii_lower(wanted);
  if (ascii_lower(info.name) == w) return true;
  return std::any_of(info.aliases.begin(), info.aliases.end(),
                     [&](const std::string& alias) { return ascii_lower(alias) == w; });
}

// Whether users other than the owner may change what is in `path` (a folder or a file): a
// plugin there could be replaced by anyone, and would run with the rights of whoever runs
// govtech-convert.
bool writable_by_others(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && (info.st_mode & S_IWOTH) != 0;
}

std::string version_refusal(int built_for) {
  return "built for plugin API version " + std::to_string(built_for) +
         ", but this govtech-convert expects version " + std::to_string(kPluginApiVersion) +
         "; rebuild the plugin against it";
}

const char* role_name(Role role) {
  return role == Role::reader ? "reader" : "writer";
}

}  // namespace

struct Registry::Impl {
  struct Candidate {
    std::string path;
    bool tried = false;
  };
  struct Folder {
    std::string path;
    bool listed = false;
    std::vector<Candidate> files;  // in name order
  };
  template <class T>
  struct Handler {
    std::shared_ptr<const T> object;
    FormatEntry entry;
  };

  std::mutex mutex;
  std::vector<std::string> folder_paths;
  std::vector<Folder> folders;
  std::vector<PluginRecord> records;
  std::vector<Handler<Reader>> readers;
  std::vector<Handler<Writer>> writers;
  std::vector<std::string> warnings;

  void list(Folder& folder) {
    if (folder.listed) return;
    folder.listed = true;
    if (writable_by_others(folder.path)) {
      warnings.push_back("skipped plugin folder " + folder.path +
                         ": every user may write to it, so anyone could put a plugin there "
                         "that runs with your rights; make it writable by its owner only "
                         "(chmod o-w)");
      return;
    }
    std::error_code ec;
    std::vector<std::string> names;
    for (fs::directory_iterator it(folder.path, ec), end; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.extension() == ".so" && !it->is_directory(ec)) names.push_back(p.string());
    }
    std::sort(names.begin(), names.end());
    for (auto& n : names) folder.files.push_back({std::move(n), false});
  }

  template <class T>
  static const Handler<T>* find(const std::vector<Handler<T>>& list, std::string_view format) {
    for (const auto& h : list) {
      if (names_format(h.entry.info, format)) return &h;
    }
    return nullptr;
  }

  // Loads one file; records and warns about anything that makes it unusable.
  void load_file(Candidate& candidate) {
    if (candidate.tried) return;
    candidate.tried = true;
    PluginRecord record;
    record.path = candidate.path;
    if (writable_by_others(candidate.path)) {
      skip(record,
           "every user may write to it, so anyone could make it run code with your "
           "rights; make it writable by its owner only (chmod o-w)");
      return;
    }
    const detail::PluginFileFacts facts = detail::inspect_plugin_file(candidate.path);
    if (!facts.problem.empty()) {
      skip(record,
           facts.lacks_entry ? facts.problem : "not a loadable shared library: " + facts.problem);
      return;
    }
    // Refused before it is loaded: a plugin of another API version links that version's core
    // (libgovtech-convert.so.<N>), which dlopen() would fail to find or, worse, load beside
    // this one. The entry's own word comes first; the core it links decides when the entry
    // cannot be read or claims this version all the same.
    std::optional<int> built_for = facts.entry_api_version;
    if (!built_for || *built_for == kPluginApiVersion) {
      if (facts.needed_core_api) built_for = facts.needed_core_api;
    }
    if (built_for && *built_for != kPluginApiVersion) {
      record.api_version = *built_for;
      skip(record, version_refusal(*built_for));
      return;
    }
    auto library = std::make_shared<boost::dll::shared_library>();
    try {
      library->load(candidate.path,
                    boost::dll::load_mode::rtld_now | boost::dll::load_mode::rtld_local);
    } catch (const std::exception& e) {
      skip(record, std::string("not a loadable shared library: ") + e.what());
      return;
    }
    if (!library->has(kPluginEntrySymbol)) {
      skip(record,
           std::string("not a govtech-convert plugin (no ") + kPluginEntrySymbol + " symbol)");
      return;
    }
    const auto& entry = library->get<const PluginEntry>(kPluginEntrySymbol);
    register_entry(entry, std::move(record), library);
  }

  void register_entry(const PluginEntry& entry, PluginRecord record,
                      const std::shared_ptr<boost::dll::shared_library>& library) {
    // The version comes first, before any other field is trusted.
    record.api_version = entry.api_version;
    if (entry.api_version != kPluginApiVersion) {
      skip(record, version_refusal(entry.api_version));
      return;
    }
    if (entry.entry_size < kEntryFieldsV1 || entry.register_formats == nullptr) {
      skip(record, "its plugin entry is incomplete");
      return;
    }
    record.name = owned(entry.name);
    record.version = owned(entry.version);
    record.description = owned(entry.description);
    if (record.name.empty()) record.name = fs::path(record.path).stem().string();

    CollectingRegistrar registrar;
    try {
      entry.register_formats(registrar);
    } catch (const std::exception& e) {
      skip(record, std::string("its registration failed: ") + e.what());
      return;
    } catch (...) {
      skip(record, "its registration failed with an unknown exception");
      return;
    }

    std::size_t kept = 0;
    std::vector<std::string> duplicates;
    auto adopt = [&](auto& objects, auto& list, Role role) {
      using T = typename std::remove_reference_t<decltype(objects)>::value_type::element_type;
      for (auto& object : objects) {
        FormatEntry fe;
        try {
          fe.info = object->info();
        } catch (...) {
          warnings.push_back(record.path + ": skipped a " + role_name(role) +
                             " whose info() threw");
          continue;
        }
        fe.role = role;
        fe.plugin = record.name;
        fe.plugin_path = record.path;
        if (fe.info.name.empty()) {
          warnings.push_back(record.path + ": skipped a " + role_name(role) + " with no name");
          continue;
        }
        // The plugin loaded first keeps a name or alias; a later one that claims it too is
        // told so, naming both files, whichever way round the clash is.
        const std::string what = std::string(role_name(role)) + " '" + fe.info.name + "'";
        if (const auto* taken = find(list, fe.info.name)) {
          const bool alias = ascii_lower(taken->entry.info.name) != ascii_lower(fe.info.name);
          duplicates.push_back("the " + what + " is already " +
                               (alias ? "an alias of the " + std::string(role_name(role)) + " '" +
                                            taken->entry.info.name + "' of "
                                      : "provided by ") +
                               taken->entry.plugin_path + ", which wins: it was found first");
          continue;
        }
        for (const std::string& alias : fe.info.aliases) {
          if (const auto* taken = find(list, alias)) {
            record.shadowing.push_back("its " + what + " answers to '" + alias + "', as does the " +
                                       role_name(role) + " '" + taken->entry.info.name + "' of " +
                                       taken->entry.plugin_path +
                                       ", which wins: it was found first");
          }
        }
        // The object keeps its library loaded: destroying it after dlclose would crash.
        std::shared_ptr<const T> shared(object.release(), [library](const T* p) { delete p; });
        list.push_back({std::move(shared), std::move(fe)});
        ++kept;
      }
    };
    adopt(registrar.readers, readers, Role::reader);
    adopt(registrar.writers, writers, Role::writer);
    std::string duplicate_list;
    for (const auto& d : duplicates) duplicate_list += (duplicate_list.empty() ? "" : "; ") + d;
    if (kept == 0) {
      skip(record, duplicates.empty() ? "it provides no formats" : duplicate_list);
      return;
    }
    record.shadowing.insert(record.shadowing.begin(), duplicates.begin(), duplicates.end());
    for (const auto& s : record.shadowing) {
      warnings.push_back("plugin " + record.path + " loaded, but " + s);
    }
    record.loaded = true;
    records.push_back(std::move(record));
  }

  void skip(PluginRecord& record, std::string reason) {
    warnings.push_back("skipped plugin " + record.path + ": " + reason);
    record.reason = std::move(reason);
    records.push_back(std::move(record));
  }

  // Within a folder, the files tried for a format name or an extension X, best guess first,
  // each loaded only if no plugin loaded before provides X: X-<role>.so; then the files of
  // that role whose format part has X's letters in order, as a format's name is the fuller
  // spelling of its aliases and extensions in most formats (txt: text-reader.so, md:
  // markdown-reader.so, html5: html-writer.so); then the other files of that role, and last
  // any other file, each in name order. What a plugin provides is only known once it is
  // loaded, so a wrong guess costs one plugin loaded for nothing, never a wrong answer: the
  // first plugin tried that provides X wins.
  static int rank(const std::string& path, const std::string& wanted, Role role) {
    const std::string file = ascii_lower(fs::path(path).filename().string());
    const std::string suffix = std::string("-") + role_name(role) + ".so";
    if (!file.ends_with(suffix)) return 3;
    const std::string_view format = std::string_view(file).substr(0, file.size() - suffix.size());
    if (format == wanted) return 0;
    std::size_t at = 0;
    for (char c : wanted) {
      at = format.find(c, at);
      if (at == std::string_view::npos) return 2;
      ++at;
    }
    return 1;
  }

  // Tries the files of every folder in the order above until `found` answers.
  template <class Found>
  auto search(const std::string& wanted, Role role, Found found) -> decltype(found()) {
    if (auto p = found()) return p;
    for (std::size_t f = 0; f < folders.size(); ++f) {
      list(folders[f]);
      for (int r = 0; r <= 3; ++r) {
        for (Candidate& c : folders[f].files) {
          if (c.tried || rank(c.path, wanted, role) != r) continue;
          load_file(c);
          load_namesakes(f, c.path);
          if (auto p = found()) return p;
        }
      }
    }
    return {};
  }

  template <class T>
  Provided<T> lookup(std::vector<Handler<T>>& list, std::string_view format, Role role) {
    std::lock_guard lock(mutex);
    return search(ascii_lower(format), role, [&]() -> Provided<T> {
      const auto* h = find(list, format);
      return h ? Provided<T>{h->object, h->entry} : Provided<T>{};
    });
  }

  Provided<Reader> by_extension(std::string_view extension) {
    std::lock_guard lock(mutex);
    const std::string ext = ascii_lower(extension);
    return search(ext, Role::reader, [&]() -> Provided<Reader> {
      for (const auto& h : readers) {
        for (const auto& e : h.entry.info.extensions) {
          if (ascii_lower(e) == ext) return {h.object, h.entry};
        }
      }
      return {};
    });
  }

  Provided<Writer> by_file_name(std::string_view file_name) {
    std::lock_guard lock(mutex);
    const std::string name = ascii_lower(file_name);
    const std::size_t dot = name.rfind('.');
    if (dot == std::string::npos) return {};
    return search(name.substr(dot + 1), Role::writer, [&]() -> Provided<Writer> {
      const Handler<Writer>* best = nullptr;
      std::size_t best_length = 0;
      for (const auto& h : writers) {
        for (const auto& e : h.entry.info.extensions) {
          // ".epub" alone is a hidden file's name, not a name with an extension.
          const std::string ext = "." + ascii_lower(e);
          if (e.empty() || name.size() <= ext.size() || !name.ends_with(ext)) continue;
          if (ext.size() > best_length) {
            best = &h;
            best_length = ext.size();
          }
        }
      }
      return best ? Provided<Writer>{best->object, best->entry} : Provided<Writer>{};
    });
  }

  // A file of the same name as a plugin just loaded, in a later folder, is the plugin it
  // replaces (a newer text-reader.so in --plugin-dir, say): load it too, so that the
  // shadowing is announced rather than silent. Costs nothing when, as usual, there is no
  // such file.
  void load_namesakes(std::size_t folder, const std::string& path) {
    if (records.empty() || records.back().path != path || !records.back().loaded) return;
    const fs::path file = fs::path(path).filename();
    for (std::size_t f = folder + 1; f < folders.size(); ++f) {
      list_and_try(folders[f],
                   [&](const Candidate& c) { return fs::path(c.path).filename() == file; });
    }
  }

  template <class Pred>
  void list_and_try(Folder& folder, Pred pred) {
    list(folder);
    for (Candidate& c : folder.files) {
      if (!c.tried && pred(c)) load_file(c);
    }
  }
};

Registry::Registry() : impl_(std::make_unique<Impl>()) {}
Registry::~Registry() = default;

void Registry::add_folder(const std::string& folder) {
  std::lock_guard lock(impl_->mutex);
  for (const auto& known : impl_->folder_paths) {
    std::error_code ec;
    if (known == folder || fs::equivalent(known, folder, ec)) return;
  }
  impl_->folder_paths.push_back(folder);
  impl_->folders.push_back({folder, false, {}});
}

const std::vector<std::string>& Registry::folders() const {
  return impl_->folder_paths;
}

void Registry::add_builtin(const PluginEntry& entry) {
  std::lock_guard lock(impl_->mutex);
  PluginRecord record;
  record.path = "(built in)";
  impl_->register_entry(entry, std::move(record), nullptr);
}

Provided<Reader> Registry::reader(std::string_view format) {
  return impl_->lookup(impl_->readers, format, Role::reader);
}

Provided<Writer> Registry::writer(std::string_view format) {
  return impl_->lookup(impl_->writers, format, Role::writer);
}

Provided<Reader> Registry::reader_for_extension(std::string_view extension) {
  return impl_->by_extension(extension);
}

Provided<Writer> Registry::writer_for_file_name(std::string_view file_name) {
  return impl_->by_file_name(file_name);
}

Provided<Reader> Registry::reader_by_probe(std::string_view head) {
  load_all();
  std::lock_guard lock(impl_->mutex);
  Provided<Reader> best;
  int best_score = 0;
  for (const auto& h : impl_->readers) {
    int score = 0;
    try {
      score = h.object->probe(head);
    } catch (...) {
      continue;  // a probe that throws is a probe that says no
    }
    if (score > best_score) {
      best_score = score;
      best = {h.object, h.entry};
    }
  }
  return best;
}

void Registry::load_all() {
  std::lock_guard lock(impl_->mutex);
  for (auto& folder : impl_->folders) {
    impl_->list_and_try(folder, [](const auto&) { return true; });
  }
}

std::vector<FormatEntry> Registry::formats() {
  load_all();
  std::lock_guard lock(impl_->mutex);
  std::vector<FormatEntry> out;
  for (const auto& h : impl_->readers) out.push_back(h.entry);
  for (const auto& h : impl_->writers) out.push_back(h.entry);
  std::stable_sort(out.begin(), out.end(), [](const FormatEntry& a, const FormatEntry& b) {
    if (a.role != b.role) return a.role == Role::reader;
    return a.info.name < b.info.name;
  });
  return out;
}

std::vector<PluginRecord> Registry::plugins() const {
  std::lock_guard lock(impl_->mutex);
  return impl_->records;
}

std::vector<std::string> Registry::take_warnings() {
  std::lock_guard lock(impl_->mutex);
  return std::move(impl_->warnings);
}

std::vector<std::string> plugin_search_path(const std::vector<std::string>& plugin_dirs,
                                            const std::string& executable_path) {
  std::vector<std::string> path(plugin_dirs.begin(), plugin_dirs.end());
  if (const char* env = std::getenv("GOVTECH_CONVERT_PLUGIN_PATH")) {
    std::string_view rest(env);
    while (!rest.empty()) {
      std::size_t colon = rest.find(':');
      std::string_view part = rest.substr(0, colon);
      if (!part.empty()) path.emplace_back(part);
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  std::error_code ec;
  fs::path exe_dir = fs::weakly_canonical(fs::path(executable_path), ec).parent_path();
#ifdef GOVTECH_BUILD_BINDIR
  if (!ec && fs::equivalent(exe_dir, fs::path(GOVTECH_BUILD_BINDIR), ec)) {
    path.emplace_back(GOVTECH_BUILD_PLUGIN_DIR);
  }
#endif
  if (!exe_dir.empty()) {
    path.push_back((exe_dir / GOVTECH_INSTALLED_PLUGIN_DIR).lexically_normal().string());
  }
  return path;
}

}  // namespace govtech
