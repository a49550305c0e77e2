#include "output_checks.hpp"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "govtech/image_type.hpp"
#include "govtech/text.hpp"
#include "govtech/xml.hpp"

namespace govtech::checks {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool starts_with_nocase(std::string_view text, std::size_t at, std::string_view prefix) {
  return text.size() - std::min(at, text.size()) >= prefix.size() &&
         lower(text.substr(at, prefix.size())) == prefix;
}

// XML 1.0's Char production.
bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

std::string where(std::size_t offset) {
  return " at byte " + std::to_string(offset);
}

// A character or entity reference starting at `amp` (the '&'): returns its length, or 0 with
// `problem` set when it is not one XML allows without a DTD.
std::size_t check_reference(std::string_view xml, std::size_t amp, std::string& problem) {
  std::size_t semi = xml.find(';', amp);
  if (semi == std::string_view::npos || semi - amp > 12) {
    problem = "a bare '&'" + where(amp);
    return 0;
  }
  std::string_view name = xml.substr(amp + 1, semi - amp - 1);
  if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") {
    return semi - amp + 1;
  }
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x';
    std::string_view digits = name.substr(hex ? 2 : 1);
    unsigned long value = 0;
    bool ok = !digits.empty();
    for (char d : digits) {
      int v = std::isdigit(static_cast<unsigned char>(d))           ? d - '0'
              : hex && std::isxdigit(static_cast<unsigned char>(d)) ? std::tolower(d) - 'a' + 10
                                                                    : -1;
      if (v < 0 || value > 0x10FFFF) {
        ok = false;
        break;
      }
      value = value * (hex ? 16 : 10) + static_cast<unsigned long>(v);
    }
    if (ok && is_xml_char(static_cast<char32_t>(value))) return semi - amp + 1;
    problem = "a reference to a character XML forbids (&" + std::string(name) + ";)" + where(amp);
    return 0;
  }
  problem = "an undefined entity &" + std::string(name) + ";" + where(amp);
  return 0;
}

// What pugixml does not check: forbidden characters (raw or as references), undefined
// entities, and "]]>" in text.
std::string xml_lexical_problem(std::string_view xml) {
  if (auto bad = find_invalid_utf8(xml)) {
    return "not UTF-8: byte " + std::to_string(bad->byte) + where(bad->offset);
  }
  std::size_t pos = 0;
  while (pos < xml.size()) {
    const std::size_t start = pos;
    char32_t c = next_code_point(xml, pos);
    if (!is_xml_char(c)) return "character U+" + std::to_string(c) + " (decimal)" + where(start);
  }
  std::string problem;
  auto skip_to = [&](std::size_t from, std::string_view end) {
    std::size_t found = xml.find(end, from);
    return found == std::string_view::npos ? xml.size() : found + end.size();
  };
  pos = 0;
  while (pos < xml.size()) {
    if (xml.compare(pos, 9, "<![CDATA[") == 0) {
      pos = skip_to(pos, "]]>");
    } else if (xml.compare(pos, 4, "<!--") == 0) {
      pos = skip_to(pos + 4, "-->");
    } else if (xml.compare(pos, 2, "<?") == 0) {
      pos = skip_to(pos, "?>");
    } else if (xml.compare(pos, 2, "<!") == 0) {
      std::size_t bracket = xml.find('[', pos), close = xml.find('>', pos);
      pos = bracket < close ? skip_to(bracket, "]>") : skip_to(pos, ">");
    } else if (xml[pos] == '<') {
      // A tag: attribute values may hold '>' only when quoted.
      char quote = 0;
      ++pos;
      while (pos < xml.size() && (quote || xml[pos] != '>')) {
        if (quote && xml[pos] == quote) {
          quote = 0;
        } else if (!quote && (xml[pos] == '"' || xml[pos] == '\'')) {
          quote = xml[pos];
        } else if (xml[pos] == '&') {
          std::size_t n = check_reference(xml, pos, problem);
          if (!n) return problem;
          pos += n - 1;
        }
        ++pos;
      }
      ++pos;
    } else if (xml[pos] == '&') {
      std::size_t n = check_reference(xml, pos, problem);
      if (!n) return problem;
      pos += n;
    } else if (xml.compare(pos, 3, "]]>") == 0) {
      return "\"]]>\" in text" + where(pos);
    } else {
      ++pos;
    }
  }
  return {};
}

// The few entities an attribute value holds, decoded enough to see a URL's scheme.
std::string decode_attribute(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '&') {
      out += value[i];
      continue;
    }
    std::size_t semi = value.find(';', i);
    if (semi == std::string_view::npos) {
      out += value[i];
      continue;
    }
    std::string name = lower(value.substr(i + 1, semi - i - 1));
    char32_t c = 0;
    if (name == "amp")
      c = '&';
    else if (name == "lt")
      c = '<';
    else if (name == "gt")
      c = '>';
    else if (name == "quot")
      c = '"';
    else if (name == "apos")
      c = '\'';
    else if (name == "colon")
      c = ':';
    else if (name == "tab")
      c = '\t';
    else if (name == "newline")
      c = '\n';
    else if (name.size() > 1 && name[0] == '#') {
      try {
        c = static_cast<char32_t>(name[1] == 'x' ? std::stoul(name.substr(2), nullptr, 16)
                                                 : std::stoul(name.substr(1)));
      } catch (...) {
        c = 0;
      }
    }
    if (c == 0 || c > 0x10FFFF) {
      out += value[i];
      continue;
    }
    append_utf8(out, c);
    i = semi;
  }
  return out;
}

bool is_url_attribute(const std::string& name) {
  return name == "href" || name == "src" || name == "xlink:href" || name == "action" ||
         name == "formaction" || name == "poster" || name == "data" || name == "background" ||
         name == "cite" || name == "srcset";
}

bool is_embedding_element(const std::string& name) {
  return name == "iframe" || name == "frame" || name == "frameset" || name == "object" ||
         name == "embed" || name == "applet" || name == "base" || name == "form";
}

std::string base64_decoded(std::string_view text) {
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (char c : text) {
    int v = c >= 'A' && c <= 'Z'   ? c - 'A'
            : c >= 'a' && c <= 'z' ? c - 'a' + 26
            : c >= '0' && c <= '9' ? c - '0' + 52
            : c == '+'             ? 62
            : c == '/'             ? 63
                                   : -1;
    if (v < 0) continue;
    bits = bits << 6 | static_cast<unsigned>(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += static_cast<char>(bits >> count & 0xFF);
    }
  }
  return out;
}

// An SVG image inlined as a data: URL in an <img>, which shows it without running anything,
// and whose content passes the core's check all the same.
bool is_inert_svg_image(const std::string& element, const std::string& name,
                        const std::string& value) {
  static const std::string prefix = "data:image/svg+xml;base64,";
  if (element != "img" || name != "src" || !value.starts_with(prefix)) return false;
  const std::string svg = base64_decoded(std::string_view(value).substr(prefix.size()));
  return govtech::sniff_image_type(svg) && govtech::svg_problem(svg).empty();
}

// One attribute of element `element`; `value` is already decoded.
std::string attribute_problem(const std::string& element, const std::string& name,
                              const std::string& value) {
  if (name.starts_with("on")) return "event handler attribute " + name + " on <" + element + ">";
  if (name == "srcdoc") return "srcdoc attribute on <" + element + ">";
  if (is_url_attribute(name) && is_unsafe_url(value) && !is_inert_svg_image(element, name, value)) {
    return "unsafe URL in " + name + " of <" + element + ">: " + value.substr(0, 60);
  }
  if (element == "meta" && name == "http-equiv" && lower(value) == "refresh") {
    return "<meta http-equiv=refresh>";
  }
  return {};
}

std::string xhtml_element_problem(const pugi::xml_node& root) {
  for (pugi::xml_node node = root; node;) {
    if (node.type() == pugi::node_element) {
      std::string name = lower(node.name());
      std::string bare = name.substr(name.find(':') == std::string::npos ? 0 : name.find(':') + 1);
      if (is_embedding_element(bare)) return "<" + name + "> element";
      if (bare == "script" &&
          std::string_view(node.attribute("type").value()) != "application/ld+json") {
        return "<script> element";
      }
      for (pugi::xml_attribute a : node.attributes()) {
        std::string problem = attribute_problem(bare, lower(a.name()), a.value());
        if (!problem.empty()) return problem;
      }
    }
    // Depth-first without recursion: deep documents must not overflow the checker either.
    if (node.first_child()) {
      node = node.first_child();
      continue;
    }
    while (node && node != root && !node.next_sibling()) node = node.parent();
    if (!node || node == root) break;
    node = node.next_sibling();
  }
  return {};
}

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};

}  // namespace

std::string xml_problem(std::string_view xml) {
  if (std::string lexical = xml_lexical_problem(xml); !lexical.empty()) return lexical;
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer(
      xml.data(), xml.size(), pugi::parse_default | pugi::parse_doctype | pugi::parse_declaration,
      pugi::encoding_utf8);
  if (!parsed) {
    return std::string("not well-formed XML: ") + parsed.description() + where(parsed.offset);
  }
  if (!doc.document_element()) return "no root element";
  return {};
}

std::string html_active_markup(std::string_view html) {
  std::size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    if (html.compare(pos, 4, "<!--") == 0) {
      std::size_t end = html.find("-->", pos + 4);
      if (end == std::string_view::npos) return "unterminated comment" + where(pos);
      pos = end + 3;
      continue;
    }
    if (html.compare(pos, 2, "<!") == 0 || html.compare(pos, 2, "</") == 0) {
      std::size_t end = html.find('>', pos);
      if (end == std::string_view::npos) return "unterminated tag" + where(pos);
      pos = end + 1;
      continue;
    }
    std::size_t i = pos + 1;
    while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-'))
      ++i;
    const std::string element = lower(html.substr(pos + 1, i - pos - 1));
    if (element.empty()) return "an unescaped '<' in text" + where(pos);
    if (is_embedding_element(element)) return "<" + element + "> element" + where(pos);
    // Attributes: name[=value], value unquoted, "double" or 'single' quoted.
    std::string script_type;
    while (true) {
      while (i < html.size() &&
             (std::isspace(static_cast<unsigned char>(html[i])) || html[i] == '/'))
        ++i;
      if (i >= html.size()) return "unterminated tag <" + element + ">" + where(pos);
      if (html[i] == '>') break;
      std::size_t name_start = i;
      while (i < html.size() && !std::isspace(static_cast<unsigned char>(html[i])) &&
             html[i] != '=' && html[i] != '>' && html[i] != '/')
        ++i;
      const std::string name = lower(html.substr(name_start, i - name_start));
      std::string value;
      if (i < html.size() && html[i] == '=') {
        ++i;
        if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
          char quote = html[i++];
          std::size_t end = html.find(quote, i);
          if (end == std::string_view::npos) return "unterminated attribute" + where(i);
          value = decode_attribute(html.substr(i, end - i));
          i = end + 1;
        } else {
          std::size_t start = i;
          while (i < html.size() && !std::isspace(static_cast<unsigned char>(html[i])) &&
                 html[i] != '>')
            ++i;
          value = decode_attribute(html.substr(start, i - start));
        }
      }
      if (std::string problem = attribute_problem(element, name, value); !problem.empty()) {
        return problem + where(name_start);
      }
      if (name == "type") script_type = lower(value);
    }
    pos = i + 1;
    if (element == "script" || element == "style") {
      // Raw text: it ends at the first "</script" (or "</style"), whatever precedes it, so
      // the writer must have escaped every '<' inside.
      std::size_t end = pos;
      while ((end = html.find("</", end)) != std::string_view::npos &&
             !starts_with_nocase(html, end + 2, element))
        end += 2;
      if (end == std::string_view::npos) return "unterminated <" + element + ">" + where(pos);
      if (element == "script" && script_type != "application/ld+json") {
        return "<script> element" + where(pos);
      }
      std::string_view content = html.substr(pos, end - pos);
      if (content.find('<') != std::string_view::npos) {
        return "'<' inside <" + element + ">" + where(pos);
      }
      pos = end;
    }
  }
  return {};
}

std::string xhtml_active_markup(std::string_view xhtml) {
  pugi::xml_document doc;
  if (!doc.load_buffer(xhtml.data(), xhtml.size(), pugi::parse_default, pugi::encoding_utf8)) {
    return "not well-formed XML";
  }
  return xhtml_element_problem(doc.document_element());
}

std::string epub_problem(std::string_view zip_bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(zip_bytes.data(), zip_bytes.size(), 0, &error);
  if (!source) return "cannot read the zip";
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
  if (!archive) {
    zip_source_free(source);
    return std::string("not a zip: ") + zip_error_strerror(&error);
  }
  zip_int64_t entries = zip_get_num_entries(archive.get(), 0);
  if (entries < 1) return "an empty zip";
  bool has_package = false;
  for (zip_int64_t i = 0; i < entries; ++i) {
    zip_stat_t stat;
    if (zip_stat_index(archive.get(), static_cast<zip_uint64_t>(i), 0, &stat) != 0) {
      return "cannot read entry " + std::to_string(i);
    }
    std::string name = stat.name;
    zip_file_t* file = zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(i), 0);
    if (!file) return "cannot open " + name;
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    zip_int64_t got = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    if (got != static_cast<zip_int64_t>(stat.size)) return "cannot read " + name;
    if (i == 0) {
      if (name != "mimetype" || stat.comp_method != ZIP_CM_STORE ||
          bytes != "application/epub+zip") {
        return "the first entry is not an uncompressed mimetype";
      }
      continue;
    }
    const std::string ext =
        name.substr(name.rfind('.') == std::string::npos ? name.size() : name.rfind('.'));
    if (ext == ".opf") has_package = true;
    if (ext == ".xhtml" || ext == ".opf" || ext == ".ncx" || ext == ".xml" || ext == ".svg") {
      if (std::string problem = xml_problem(bytes); !problem.empty()) {
        return name + ": " + problem;
      }
    }
    if (ext == ".xhtml" || ext == ".svg") {
      if (std::string problem = xhtml_active_markup(bytes); !problem.empty()) {
        return name + ": " + problem;
      }
    }
  }
  if (!has_package) return "no package document (.opf)";
  return {};
}

std::string json_problem(std::string_view json) {
  try {
    [[maybe_unused]] auto parsed = nlohmann::json::parse(json);
  } catch (const std::exception& e) {
    return std::string("not valid JSON: ") + e.what();
  }
  return {};
}

std::string output_problem(std::string_view format, std::string_view bytes) {
  if (format == "json") return json_problem(bytes);
  if (format == "docbook") return xml_problem(bytes);
  if (format == "epub") return epub_problem(bytes);
  if (auto bad = find_invalid_utf8(bytes)) return "not UTF-8" + where(bad->offset);
  if (format == "html") return html_active_markup(bytes);
  return {};
}

}  // namespace govtech::checks
