// Helpers for the EPUB writer's tests: interviews built in code, the writer loaded from the
// build tree's plugin folder, and the resulting container opened with libzip.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "govtech/ast.hpp"
#include "govtech/plugin.hpp"

namespace epubtest {

struct ZipItem {
  std::string name;
  std::uint16_t method = 0;  // 0 stored, 8 deflated
  std::string bytes;         // uncompressed
};

struct Epub {
  std::vector<ZipItem> items;  // in the order of the central directory
  bool has(const std::string& name) const;
  const std::string& text(const std::string& name) const;  // throws if missing
  std::vector<std::string> names() const;
};

// Opens a container (throws std::runtime_error if libzip cannot read it, or a CRC is wrong).
Epub open_epub(const std::string& bytes);

struct Written {
  std::string bytes;
  std::vector<std::string> warnings;
  Epub epub() const { return open_epub(bytes); }
};

struct WriteSettings {
  govtech::Options options{};
  std::string input_folder{};  // where relative images are looked up
  std::vector<std::string> resource_paths{};
};

// Runs the epub writer plugin through the pipeline, as the CLI does.
Written write_epub(const govtech::Document& doc, const WriteSettings& settings = {});
Written write_epub(const govtech::Collection& books, const WriteSettings& settings = {});

// A complete interview: header, intro, three questions with rich answers, a closing note.
govtech::Document sample_interview();
// An essay without questions whose headings, levels 1 to 4, make its navigation.
govtech::Document essay_with_headings();
govtech::Paragraph paragraph(const std::string& text);
govtech::Image image(const std::string& src, const std::string& alt);

// A font file of the format `signature` names ("wOF2", "wOFF", "OTTO" or "\0\1\0\0" for
// TrueType): its header with no tables, all that packaging and the validators look at (they
// check the media type, not the glyphs). No reading system could draw text with it.
std::string tiny_font(const std::string& signature);

// Sets (or with nullopt removes) an environment variable for the lifetime of the object.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, std::optional<std::string> value);
  ~ScopedEnv();
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  std::string name_;
  std::optional<std::string> old_;
};

// The value of every <meta property="NAME"> in a package document, in order.
std::vector<std::string> meta_values(const std::string& opf, const std::string& property);

}  // namespace epubtest
