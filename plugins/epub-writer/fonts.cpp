#include "fonts.hpp"

#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>

#include "data_uri.hpp"
#include "font_face_urls.hpp"
#include "govtech/text.hpp"

namespace govtech::epub {

namespace fs = std::filesystem;

namespace {

struct FontType {
  const char* extension;
  const char* media_type;  // EPUB 3.3 core media types
};

// What a font file is, from its first four bytes (the sfnt version or the WOFF signature).
std::optional<FontType> sniff_font_type(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 4);
  if (head == "wOF2") return FontType{"woff2", "font/woff2"};
  if (head == "wOFF") return FontType{"woff", "font/woff"};
  if (head == "OTTO") return FontType{"otf", "font/otf"};  // CFF outlines
  if (head == std::string_view("\0\1\0\0", 4) || head == "true") return FontType{"ttf", "font/ttf"};
  return std::nullopt;
}

// "../" for each folder of `href`: from the stylesheet back to the package folder.
std::string to_package_folder(const std::string& href) {
  std::string up;
  for (char c : href) {
    if (c == '/') up += "../";
  }
  return up;
}

}  // namespace

std::vector<PublicationFile> package_fonts(std::string& css, const std::string& css_path,
                                           const std::string& css_href, WriteContext& ctx) {
  std::vector<CssUrl> urls = font_face_urls(css);
  if (urls.empty()) return {};
  const fs::path folder = fs::path(css_path).parent_path();
  const std::string up = to_package_folder(css_href);
  std::vector<PublicationFile> fonts;
  std::map<std::string, std::string> href_of;  // resolved file -> href
  std::string rewritten;
  std::size_t copied = 0;
  for (const CssUrl& url : urls) {
    if (is_data_uri(url.value)) continue;
    const std::string about =
        "the stylesheet '" + css_path + "' names the font '" + url.value + "'";
    if (has_url_scheme(url.value) || url.value.starts_with("//")) {
      throw Error(ErrorKind::usage, about +
                                        ", which is not a local file, but an EPUB must contain "
                                        "its fonts: download it and name the file instead");
    }
    // A fragment or query names a part of the file or asks a server: the file is the same.
    const std::string reference =
        percent_decoded(url.value.substr(0, url.value.find_first_of("?#")));
    if (reference.empty()) continue;  // url("#x"), url(""): the stylesheet itself, not a font
    const fs::path file = (folder / reference).lexically_normal();
    auto known = href_of.find(file.string());
    if (known == href_of.end()) {
      std::optional<Resource> font = ctx.user_file ? ctx.user_file(file.string()) : std::nullopt;
      if (!font)
        throw Error(ErrorKind::usage, about + ", which cannot be read ('" + file.string() + "')");
      std::optional<FontType> type = sniff_font_type(font->bytes);
      if (!type) {
        throw Error(ErrorKind::usage,
                    about +
                        ", which is not a WOFF2, WOFF, TrueType or OpenType font, the font "
                        "types every EPUB reading system supports");
      }
      char name[32];
      std::snprintf(name, sizeof name, "font-%03zu", fonts.size() + 1);
      fonts.push_back({.id = name,
                       .href = std::string("fonts/") + name + "." + type->extension,
                       .media_type = type->media_type,
                       .bytes = std::move(font->bytes)});
      known = href_of.emplace(file.string(), fonts.back().href).first;
    }
    rewritten.append(css, copied, url.begin - copied);
    rewritten += "url(\"" + up + known->second + "\")";
    copied = url.end;
  }
  rewritten.append(css, copied);
  css = std::move(rewritten);
  return fonts;
}

}  // namespace govtech::epub
