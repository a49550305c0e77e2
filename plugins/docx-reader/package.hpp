// The container of a .docx: a ZIP archive of XML parts and media, tied together by
// relationship files. This opens the archive from memory, reads entries within fixed bounds
// (a zip bomb cannot make it inflate more than it allows) and parses parts as XML, turning
// every problem into an Error that names the entry.
#pragma once

#include <libdeflate.h>
#include <zip.h>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace govtech::docx {

struct Limits {
  std::uint64_t per_entry = 128ull << 20;  // bytes one entry may inflate to
  std::uint64_t total = 256ull << 20;      // bytes all the entries read may inflate to
  std::uint64_t ratio = 200;               // inflated/compressed, for entries above 16 MiB
};

// A relationship of a part: its type (the last segment of the type URI: "styles", "image",
// "hyperlink"), its target (a part name resolved from the package root, or an external URL).
struct Relationship {
  std::string type{};
  std::string target{};
  bool external = false;
};
using Relationships = std::map<std::string, Relationship, std::less<>>;  // by r:id

// A part parsed in place: the tree's names and text point into `text`, which it keeps, so a
// 4 MB document.xml is not copied a second time (pugixml's own copy was a tenth of the
// reader's page faults). Held by pointer, since moving either member would break the other.
struct XmlPart {
  std::string text;
  pugi::xml_document document;
  pugi::xml_node document_element() const { return document.document_element(); }
};

// The part's bytes as UTF-8 text (converted from UTF-16), checked. Throws Error(input) naming
// the part when they are not UTF-8, or not UTF-16 where they say so.
std::string xml_text(std::string bytes, std::string_view name);
// `bytes` checked (xml_text) and parsed. Throws Error(input) naming the part and the offset
// for malformed XML, or a DOCTYPE declaration.
std::unique_ptr<XmlPart> parse_xml(std::string bytes, std::string_view name);
// The same for `text` that xml_text() has already given.
std::unique_ptr<XmlPart> parse_checked_xml(std::string text, std::string_view name);
// Parses part.text in place; pugixml's result says what is wrong, and where, if anything.
pugi::xml_parse_result parse_in_place(XmlPart& part);

class Package {
 public:
  // Throws Error(input) when `bytes` are not a ZIP archive, naming what they look like
  // instead (a Word 97-2003 .doc, an OpenDocument file) where it can. `bytes` are read in
  // place, not copied: they must outlive the package.
  Package(std::string_view bytes, Limits limits);
  Package(const Package&) = delete;
  Package& operator=(const Package&) = delete;

  bool has(std::string_view name) const;
  // The entry's bytes, or nothing when there is no such entry. Throws Error(input) when the
  // entry is encrypted, damaged, or would inflate beyond the limits.
  std::optional<std::string> read(std::string_view name);
  // The entry parsed as XML (null when absent). Throws Error(input) naming the entry and the
  // offset for malformed XML, invalid UTF-8 or a DOCTYPE declaration.
  std::unique_ptr<XmlPart> read_xml(std::string_view name);
  // The entry's bytes once more, not counted a second time against the limits: for a part
  // parsed in pieces that has to be parsed whole after all.
  std::optional<std::string> read_again(std::string_view name);
  // The relationships of `part` (from `<dir>/_rels/<file>.rels`); empty when it has none.
  Relationships relationships(std::string_view part);

 private:
  // The entry inflated at once by libdeflate, when it is deflated and inflates to exactly
  // the size and CRC-32 it declares, as nearly every entry does: half the instructions of
  // libzip's zlib stream. Nothing otherwise, and read() streams it through libzip, which
  // reports what is wrong and stops at the limits whatever the entry declared.
  std::optional<std::string> inflate_whole(zip_uint64_t index, const zip_stat_t& stat);

  struct CloseFile {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
  };
  struct FreeDecompressor {
    void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
  };
  std::string_view bytes_;  // libzip reads from it: it must outlive the package
  Limits limits_;
  std::uint64_t read_so_far_ = 0;
  struct Discard {
    void operator()(zip_t* archive) const { zip_discard(archive); }
  };
  std::unique_ptr<zip_t, Discard> archive_;  // freed also when the constructor throws
  std::map<std::string, zip_uint64_t, std::less<>> index_;
  std::unique_ptr<libdeflate_decompressor, FreeDecompressor> decompressor_;
};

// `target` of a relationship held by `part`, as a part name from the package root: "media/a.png"
// from "word/document.xml" is "word/media/a.png"; "/word/x.xml" is absolute. Nothing when it
// would leave the package ("../../x").
std::optional<std::string> resolve_part(std::string_view part, std::string_view target);

// The first few KiB of a file: whether they start a ZIP archive that holds a "word/" entry.
int probe_docx(std::string_view head);

}  // namespace govtech::docx
