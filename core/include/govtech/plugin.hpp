// The plugin interface: everything a format plugin implements and may rely on.
//
// A plugin is a shared library holding one or more readers (bytes -> Document) and writers
// (Document -> bytes). The CLI finds plugins at run time; nothing about a format is compiled
// into it. A plugin exports exactly one symbol, made by GOVTECH_PLUGIN() below: a C-layout
// PluginEntry whose first field is the API version, which the loader checks before it touches
// anything else in the library.
//
// A minimal writer plugin:
//
//   #include <govtech/plugin.hpp>
//
//   class GemtextWriter final : public govtech::Writer {
//    public:
//     govtech::FormatInfo info() const override {
//       return {.name = "gemtext", .extensions = {"gmi"}, .mime_type = "text/gemini"};
//     }
//     void write(const govtech::Document& doc, govtech::WriteContext& ctx,
//                govtech::Sink& out) const override {
//       out.write("# " + doc.meta.title + "\n");
//       ...
//     }
//   };
//
//   void register_formats(govtech::Registrar& r) { r.add_writer(std::make_unique<GemtextWriter>());
//   } GOVTECH_PLUGIN("gemtext-writer", "1.0.0", "Gemini gemtext", register_formats)
//
// Rules for plugins:
// - Never open, create or delete files. Input arrives as bytes; output goes to a Sink; a writer
//   that embeds resources (images, a stylesheet) asks its WriteContext for them, and the core
//   decides what may be read.
// - read() and write() are const and may run concurrently on one instance from several
//   threads (batch conversion): keep per-conversion state on the stack.
// - Report problems in the input by throwing govtech::Error (with a SourcePos where known);
//   report anything recoverable as a warning through the context. Any other exception is
//   caught by the core and reported as a failure of the plugin, naming it.
// - Objects a plugin creates never outlive its library: the core keeps the library loaded for
//   as long as any of them exists.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"
#include "govtech/export.hpp"

// The plugin API version. It changes only when a change breaks plugins built against an
// earlier version (a changed class layout, virtual function or AST shape). Additions that old
// plugins can ignore (a new option, a new supports() feature, a new entry field guarded by
// PluginEntry::entry_size) keep it.
//
// Changelog:
//   1  First version: PluginEntry, Reader, Writer, Registrar, the interview AST.
//   2  The AST gains notes, superscript, subscript, spans and divisions with attributes
//      (id, classes, language, direction), figures, definition lists, heading attributes,
//      a document direction and resources carried inside the document. Formats declare
//      their options (FormatInfo::options), which the core lists and checks.
#define GOVTECH_PLUGIN_API_VERSION 2

namespace govtech {

inline constexpr int kPluginApiVersion = GOVTECH_PLUGIN_API_VERSION;

// ---------------------------------------------------------------------------------------------
// Options: the settings of one conversion, as key/value strings.
//
// The CLI maps its flags to keys (`--unsafe` -> "unsafe"="true", `--css FILE` -> "css"=FILE,
// `--toc`, `--fragment`, `--split`, `--compression-level`, `--input-encoding`, ...) and passes
// `-V key=value` through unchanged, so a third-party plugin can take options of its own.
class GOVTECH_API Options {
 public:
  void set(std::string key, std::string value);
  bool has(std::string_view key) const;
  std::string get(std::string_view key, std::string fallback = {}) const;
  bool flag(std::string_view key) const;  // "true", "1", "yes" or "on"
  // An integer option within [min, max]; throws Error(usage) naming the option otherwise.
  int integer(std::string_view key, int fallback, int min, int max) const;
  const std::map<std::string, std::string, std::less<>>& all() const { return values_; }

 private:
  std::map<std::string, std::string, std::less<>> values_;
};

// ---------------------------------------------------------------------------------------------
// Describing a format.

enum class Role { reader, writer };

// The kind of value an option takes, which the core checks before a conversion starts.
enum class OptionType {
  flag,     // true/false (also 1/0, yes/no, on/off); `-V name` alone means true
  integer,  // within [min, max]
  text,     // any string
  choice,   // one of `choices`
};

// One option a format understands (`-V name=value`), as --help-format lists it.
struct OptionInfo {
  std::string name{};  // lower case, words joined by '-': "compression-level"
  OptionType type = OptionType::text;
  std::string default_value{};  // as a user would write it; empty when there is none
  std::string help{};           // one line
  int min = 0;                  // integer options: the range
  int max = 0;
  std::vector<std::string> choices{};  // choice options: the values allowed
};

// Every member has a default, so plugins can name only what they need:
//   {.name = "gemtext", .extensions = {"gmi"}}
struct FormatInfo {
  std::string name{};                     // the name users type: -f NAME / -t NAME
  std::vector<std::string> aliases{};     // other accepted names, e.g. "md" for markdown
  std::vector<std::string> extensions{};  // without dot; the first is a writer's default
  std::string mime_type{};
  std::string description{};  // one line, for --list-formats
  bool binary = false;        // writers: output is bytes (a zip), not UTF-8 text
  // The options the format reads. An option given with -V that neither the conversion's reader
  // nor its writer declares (nor the core, see conversion_options()) is refused before the
  // conversion starts, with the names the user may have meant.
  std::vector<OptionInfo> options{};
};

// The options every conversion may carry, whatever its formats: those the program's own
// flags set (--unsafe, --toc, --css, --cover-image, --input-encoding). A format that reads one
// lists it in its own FormatInfo::options too, so that --help-format shows it.
GOVTECH_API const std::vector<OptionInfo>& conversion_options();

// Checks `options` against what `formats` (a conversion's reader and writer) and the core
// declare: the value of every option one of them declares (a flag's spelling, an integer's
// range, a choice's values), and that each name in `must_be_known` is declared at all
// (Error(usage) naming the known ones, with a "did you mean"). The program passes the names the
// user gave with -V; its own flags (--split, say) may meet a writer that has no use for them.
GOVTECH_API void check_options(const Options& options,
                               const std::vector<const FormatInfo*>& formats,
                               const std::vector<std::string>& must_be_known);

// ---------------------------------------------------------------------------------------------
// Output.

// Where a writer's output goes. The CLI supplies a sink that buffers into a temporary file and
// renames it into place only once the writer has returned successfully.
class GOVTECH_API Sink {
 public:
  virtual ~Sink();
  virtual void write(std::string_view bytes) = 0;
};

// A sink that collects everything in memory (for tests and for writers that post-process).
class GOVTECH_API StringSink final : public Sink {
 public:
  void write(std::string_view bytes) override { data_.append(bytes); }
  const std::string& str() const { return data_; }
  std::string take() { return std::move(data_); }

 private:
  std::string data_;
};

// ---------------------------------------------------------------------------------------------
// Contexts: what the core gives a reader or writer for one conversion.

struct ReadContext {
  std::string file;  // the input's name for messages ("-" for standard input); never opened
  const Options& options;
  Diagnostics& diagnostics;
};

// A resource a writer asked for (an image, a stylesheet, a cover).
struct Resource {
  std::string path;  // as resolved by the core, for messages
  std::string bytes;
};

// Answers a writer's request for a resource. Returns nothing (and has already warned) when the
// resource is missing or not allowed, e.g. a path that leaves the input's folder.
using ResourceLoader = std::function<std::optional<Resource>(std::string_view reference)>;

struct WriteContext {
  std::string file;  // the input's name, for messages
  const Options& options;
  Diagnostics& diagnostics;
  // A resource referenced by the document (an image's src): one the document carries
  // (Document::resources) when the reference is its name, else a file resolved against the
  // input's folder and the resource path; only files beneath those may be read.
  ResourceLoader document_resource;
  // A file the user named on the command line (--css FILE, --cover-image FILE).
  ResourceLoader user_file;
};

// ---------------------------------------------------------------------------------------------
// Readers and writers.

class GOVTECH_API Reader {
 public:
  virtual ~Reader();
  virtual FormatInfo info() const = 0;
  // How sure this reader is that `head` (the first few KiB of an input) is its format:
  // 0 = not at all, 100 = certain. Called when the input's extension does not decide. Cheap.
  virtual int probe(std::string_view head) const;
  // Parses `input`, which stays valid for the duration of the call only.
  virtual Document read(std::string_view input, ReadContext& ctx) const = 0;
};

class GOVTECH_API Writer {
 public:
  virtual ~Writer();
  virtual FormatInfo info() const = 0;
  virtual void write(const Document& doc, WriteContext& ctx, Sink& out) const = 0;
  // Writes many documents as one publication (--combine). The default refuses with
  // Error(unavailable); a writer that overrides it also answers supports("combine").
  virtual void write_collection(const Collection& books, WriteContext& ctx, Sink& out) const;
  // Optional capabilities, by name, so the interface can grow without breaking plugins.
  // Known features: "combine".
  virtual bool supports(std::string_view feature) const;
};

// What a plugin's registration function receives: it hands over the readers and writers the
// plugin provides. Ownership passes to the core.
class GOVTECH_API Registrar {
 public:
  virtual ~Registrar();
  virtual void add_reader(std::unique_ptr<Reader> reader) = 0;
  virtual void add_writer(std::unique_ptr<Writer> writer) = 0;
};

// The one symbol a plugin exports. C layout; fields are only ever appended, and entry_size
// tells the loader which of them a plugin has.
struct PluginEntry {
  int api_version;                       // GOVTECH_PLUGIN_API_VERSION the plugin was built against
  std::uint32_t entry_size;              // sizeof(PluginEntry) the plugin was built with
  const char* name;                      // e.g. "epub-writer"
  const char* version;                   // the plugin's own version, e.g. "1.0.0"
  const char* description;               // one line
  void (*register_formats)(Registrar&);  // may throw; the loader catches and skips the plugin
};

inline constexpr const char* kPluginEntrySymbol = "govtech_plugin_entry";

}  // namespace govtech

// Defines the plugin's exported entry. Use once per plugin library, at namespace scope.
#define GOVTECH_PLUGIN(NAME, VERSION, DESCRIPTION, REGISTER_FUNCTION)                    \
  extern "C" GOVTECH_PLUGIN_EXPORT const ::govtech::PluginEntry govtech_plugin_entry = { \
      GOVTECH_PLUGIN_API_VERSION,                                                        \
      static_cast<std::uint32_t>(sizeof(::govtech::PluginEntry)),                        \
      NAME,                                                                              \
      VERSION,                                                                           \
      DESCRIPTION,                                                                       \
      REGISTER_FUNCTION}
