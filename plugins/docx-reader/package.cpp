#include "package.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

#include "govtech/diagnostics.hpp"
#include "govtech/text.hpp"

namespace govtech::docx {

namespace {

[[noreturn]] void fail(std::string message) {
  throw Error(ErrorKind::input, std::move(message));
}

std::string mib(std::uint64_t bytes) {
  return std::to_string(bytes >> 20) + " MiB";
}

// What a file that is not a ZIP archive is, when it can be told.
[[noreturn]] void not_a_zip(std::string_view bytes) {
  if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    fail(
        "not a .docx: this is an OLE compound file, a Word 97-2003 .doc or a password-protected "
        "document; open it in a word processor and save it as .docx without a password");
  }
  if (bytes.starts_with("{\\rtf")) fail("not a .docx: this is an RTF file; save it as .docx");
  if (bytes.empty()) fail("the input is empty: a .docx is a ZIP archive");
  fail("not a .docx: the input is not a ZIP archive");
}

}  // namespace

Package::Package(std::string_view bytes, Limits limits) : bytes_(bytes), limits_(limits) {
  if (!bytes_.starts_with("PK")) not_a_zip(bytes_);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
  if (!source) {
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    fail("cannot read the ZIP archive: " + why);
  }
  archive_.reset(zip_open_from_source(source, ZIP_RDONLY, &error));
  if (!archive_) {
    zip_source_free(source);
    const int code = zip_error_code_zip(&error);
    std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    if (code == ZIP_ER_NOZIP) not_a_zip(bytes_);
    fail("the ZIP archive is damaged or truncated (" + why + ")");
  }
  zip_error_fini(&error);
  const zip_int64_t count = zip_get_num_entries(archive_.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* name = zip_get_name(archive_.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
    if (!name) continue;
    if (!index_.emplace(name, static_cast<zip_uint64_t>(i)).second) {
      fail("the ZIP archive holds two entries named '" + std::string(name) +
           "'; it is damaged or was made to mislead");
    }
  }
  if (!has("word/document.xml") && !has("_rels/.rels")) {
    if (has("mimetype") && has("content.xml")) {
      fail("not a .docx: this is an OpenDocument file (.odt); save it as .docx");
    }
    if (has("xl/workbook.xml")) fail("not a .docx: this is an Excel workbook");
    if (has("ppt/presentation.xml")) fail("not a .docx: this is a PowerPoint presentation");
    if (has("META-INF/container.xml")) fail("not a .docx: this is an EPUB");
    fail("not a .docx: the ZIP archive holds no word/document.xml");
  }
}

std::optional<std::string> Package::inflate_whole(zip_uint64_t index, const zip_stat_t& stat) {
  constexpr zip_uint64_t needed =
      ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC;
  if ((stat.valid & needed) != needed || stat.comp_method != ZIP_CM_DEFLATE) return std::nullopt;
  // A compressed size past the end of the archive is a lie the streamed read reports.
  if (stat.comp_size > bytes_.size()) return std::nullopt;
  std::unique_ptr<zip_file_t, CloseFile> file(
      zip_fopen_index(archive_.get(), index, ZIP_FL_COMPRESSED));
  if (!file) return std::nullopt;
  std::string packed(static_cast<std::size_t>(stat.comp_size), '\0');
  std::size_t at = 0;
  while (at < packed.size()) {
    const zip_int64_t got = zip_fread(file.get(), packed.data() + at, packed.size() - at);
    if (got <= 0) return std::nullopt;
    at += static_cast<std::size_t>(got);
  }
  if (!decompressor_) decompressor_.reset(libdeflate_alloc_decompressor());
  if (!decompressor_) return std::nullopt;
  std::string out(static_cast<std::size_t>(stat.size), '\0');
  std::size_t inflated = 0;
  const libdeflate_result result = libdeflate_deflate_decompress(
      decompressor_.get(), packed.data(), packed.size(), out.data(), out.size(), &inflated);
  if (result != LIBDEFLATE_SUCCESS || inflated != out.size() ||
      libdeflate_crc32(0, out.data(), out.size()) != stat.crc) {
    return std::nullopt;
  }
  return out;
}

bool Package::has(std::string_view name) const {
  return index_.find(name) != index_.end();
}

std::optional<std::string> Package::read(std::string_view name) {
  const auto found = index_.find(name);
  if (found == index_.end()) return std::nullopt;
  const std::string entry(name);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_.get(), found->second, 0, &stat) != 0) {
    fail("the ZIP entry '" + entry + "' cannot be read: the archive is damaged");
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    fail("the ZIP entry '" + entry + "' is encrypted; save the document without a password");
  }
  const std::uint64_t declared = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
  const std::uint64_t packed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
  auto too_big = [&](std::uint64_t size) {
    if (size > limits_.per_entry) {
      fail("the ZIP entry '" + entry + "' inflates to more than " + mib(limits_.per_entry) +
           ", the limit for one entry (-V docx-max-size=MiB)");
    }
    if (read_so_far_ + size > limits_.total) {
      fail("the document's entries inflate to more than " + mib(limits_.total) +
           " in all, the limit (-V docx-max-size=MiB); stopped at '" + entry + "'");
    }
  };
  too_big(declared);
  const std::uint64_t ratio = declared / std::max<std::uint64_t>(packed, 1);
  if (declared > (16ull << 20) && ratio > limits_.ratio) {
    fail("the ZIP entry '" + entry + "' inflates " + std::to_string(ratio) +
         " times its stored size: refused as a zip bomb");
  }
  if (std::optional<std::string> out = inflate_whole(found->second, stat)) {
    read_so_far_ += out->size();
    return out;
  }
  std::unique_ptr<zip_file_t, CloseFile> file(zip_fopen_index(archive_.get(), found->second, 0));
  if (!file) {
    fail("the ZIP entry '" + entry + "' cannot be opened (" +
         std::string(zip_strerror(archive_.get())) + ")");
  }
  // The declared size can lie: read in pieces and stop at the limits whatever it said.
  std::string out;
  out.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(declared, 64ull << 20)));
  std::vector<char> buffer(1 << 16);
  for (;;) {
    const zip_int64_t got = zip_fread(file.get(), buffer.data(), buffer.size());
    if (got < 0) {
      fail("the ZIP entry '" + entry + "' is damaged (" + zip_file_strerror(file.get()) + ")");
    }
    if (got == 0) break;
    too_big(out.size() + static_cast<std::uint64_t>(got));
    out.append(buffer.data(), static_cast<std::size_t>(got));
  }
  read_so_far_ += out.size();
  return out;
}

std::unique_ptr<XmlPart> Package::read_xml(std::string_view name) {
  std::optional<std::string> bytes = read(name);
  if (!bytes) return nullptr;
  return parse_xml(std::move(*bytes), name);
}

std::optional<std::string> Package::read_again(std::string_view name) {
  const std::uint64_t before = read_so_far_;
  std::optional<std::string> bytes = read(name);
  read_so_far_ = before;
  return bytes;
}

std::string xml_text(std::string bytes, std::string_view name) {
  // UTF-16 (which the standard allows, if no word processor writes it) is converted by iconv,
  // which refuses what is not UTF-16, so that every part is checked UTF-8 when parsed.
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    try {
      bytes = to_utf8(bytes, "UTF-16");
    } catch (const Error& e) {
      fail("the XML part '" + std::string(name) + "' is not valid UTF-16: " + e.message());
    }
  }
  if (auto bad = find_invalid_utf8(bytes)) {
    fail("the XML part '" + std::string(name) + "' is not valid UTF-8 (byte offset " +
         std::to_string(bad->offset) + ")");
  }
  return bytes;
}

std::unique_ptr<XmlPart> parse_xml(std::string bytes, std::string_view name) {
  return parse_checked_xml(xml_text(std::move(bytes), name), name);
}

std::unique_ptr<XmlPart> parse_checked_xml(std::string text, std::string_view name) {
  auto part = std::make_unique<XmlPart>();
  part->text = std::move(text);
  const std::string entry(name);
  if (const pugi::xml_parse_result result = parse_in_place(*part); !result) {
    fail("the XML part '" + entry + "' is malformed: " + result.description() + " at byte offset " +
         std::to_string(result.offset));
  }
  for (pugi::xml_node node : part->document.children()) {
    if (node.type() == pugi::node_doctype) {
      fail("the XML part '" + entry +
           "' declares a DOCTYPE, which no word processor writes; refused");
    }
  }
  if (!part->document_element()) fail("the XML part '" + entry + "' holds no element");
  return part;
}

pugi::xml_parse_result parse_in_place(XmlPart& part) {
  // An element's text is kept in the element itself (text_of reads it there): a node less for
  // each of the tens of thousands of w:t of a long document, a fifth of its tree.
  const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata_single |
                           pugi::parse_doctype | pugi::parse_embed_pcdata;
  return part.document.load_buffer_inplace(part.text.data(), part.text.size(), options,
                                           pugi::encoding_utf8);
}

Relationships Package::relationships(std::string_view part) {
  const std::size_t slash = part.rfind('/');
  const std::string dir(slash == std::string_view::npos ? "" : part.substr(0, slash + 1));
  const std::string file(slash == std::string_view::npos ? part : part.substr(slash + 1));
  Relationships rels;
  auto xml = read_xml(dir + "_rels/" + file + ".rels");
  if (!xml) return rels;
  for (pugi::xml_node rel : xml->document_element().children()) {
    std::string_view element = rel.name();
    if (const std::size_t colon = element.find(':'); colon != element.npos) {
      element.remove_prefix(colon + 1);
    }
    if (element != "Relationship") continue;
    std::string_view type = rel.attribute("Type").value();
    if (const std::size_t cut = type.rfind('/'); cut != type.npos) type.remove_prefix(cut + 1);
    Relationship r{.type = std::string(type)};
    r.external = std::string_view(rel.attribute("TargetMode").value()) == "External";
    const std::string_view target = rel.attribute("Target").value();
    if (r.external) {
      r.target = std::string(target);
    } else if (auto resolved = resolve_part(part, target)) {
      r.target = std::move(*resolved);
    } else {
      continue;  // a target outside the package is no part of it
    }
    rels.emplace(rel.attribute("Id").value(), std::move(r));
  }
  return rels;
}

std::optional<std::string> resolve_part(std::string_view part, std::string_view target) {
  std::vector<std::string> segments;
  const std::string decoded = percent_decoded(target);
  std::string_view path = decoded;
  if (!path.starts_with('/')) {
    std::string_view base = part.substr(0, part.rfind('/') == part.npos ? 0 : part.rfind('/'));
    while (!base.empty()) {
      const std::size_t cut = base.find('/');
      segments.emplace_back(base.substr(0, cut));
      if (cut == base.npos) break;
      base.remove_prefix(cut + 1);
    }
  }
  while (!path.empty()) {
    const std::size_t cut = path.find('/');
    const std::string_view segment = path.substr(0, cut);
    if (segment == "..") {
      if (segments.empty()) return std::nullopt;
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.emplace_back(segment);
    }
    if (cut == path.npos) break;
    path.remove_prefix(cut + 1);
  }
  std::string out;
  for (const std::string& s : segments) out += (out.empty() ? "" : "/") + s;
  if (out.empty()) return std::nullopt;
  return out;
}

int probe_docx(std::string_view head) {
  if (!head.starts_with("PK\x03\x04")) return 0;
  // Local file headers name their entries in the clear; a Word document's name "word/".
  if (head.find("word/") != std::string_view::npos) return 90;
  if (head.find("xl/") != std::string_view::npos || head.find("ppt/") != std::string_view::npos ||
      head.find("mimetype") != std::string_view::npos) {
    return 0;
  }
  if (head.find("[Content_Types].xml") != std::string_view::npos) return 40;
  return 0;
}

}  // namespace govtech::docx
