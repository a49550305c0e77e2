// Build-time generator of the core's phrase table (core/src/phrases.cpp includes its output).
//
//   make_phrases DOCBOOK_COMMON_DIR CLDR_COMMON_DIR OUTPUT.inc
//
// From the DocBook XSL stylesheets' common/<lang>.xml (community translations of the words a
// document generator prints) it takes "TableofContents", "by", "and", "Question", "Answer" and
// "Notes";
// from CLDR's main/<lang>.xml the quotation marks and the character order, and from CLDR's
// likely subtags and script metadata the writing direction of every language and script. The
// words are data kept by others; typing them in by hand would fork them.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace fs = std::filesystem;

namespace {

struct Entry {
  std::map<std::string, std::string> words;   // DocBook gentext key -> text
  std::map<std::string, std::string> quotes;  // CLDR delimiter element -> text
  std::optional<bool> rtl;  // from CLDR's characterOrder or DocBook's writing-mode
  bool from_docbook = false;
};

// "pt_br", "pt_BR", "sr_Latn" -> "pt-br", "sr-latn": lookups are case-insensitive.
std::string key_of(std::string tag) {
  for (char& c : tag) {
    if (c == '_') c = '-';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return tag;
}

std::string parent_of(const std::string& key) {
  const auto dash = key.rfind('-');
  return dash == std::string::npos ? std::string{} : key.substr(0, dash);
}

// The words of a DocBook locale file, skipping those it marks as still English.
void read_docbook(const fs::path& file, std::map<std::string, Entry>& entries) {
  pugi::xml_document xml;
  if (!xml.load_file(file.c_str())) return;
  const pugi::xml_node root = xml.document_element();
  if (std::string_view(root.name()) != "l:l10n" || !root.attribute("language")) return;
  Entry& e = entries[key_of(root.attribute("language").value())];
  e.from_docbook = true;
  for (pugi::xml_node g : root.children("l:gentext")) {
    const std::string key = g.attribute("key").value();
    if (key == "writing-mode") {
      e.rtl = std::string_view(g.attribute("text").value()).starts_with("rl");
    } else if (!g.attribute("lang")) {
      e.words.emplace(key, g.attribute("text").value());
    }
  }
}

// A CLDR locale: only languages and language-script pairs (regions add nothing here).
void read_cldr_locale(const fs::path& file, std::map<std::string, Entry>& entries) {
  const std::string stem = file.stem().string();
  const auto underscore = stem.find('_');
  if (underscore != std::string::npos &&
      (stem.size() - underscore - 1 != 4 || stem.find('_', underscore + 1) != std::string::npos))
    return;
  if (stem == "root") return;
  pugi::xml_document xml;
  if (!xml.load_file(file.c_str())) return;
  const pugi::xml_node ldml = xml.child("ldml");
  Entry& e = entries[key_of(stem)];
  if (pugi::xml_node order = ldml.child("layout").child("orientation").child("characterOrder"))
    e.rtl = std::string_view(order.text().get()) == "right-to-left";
  for (pugi::xml_node d : ldml.child("delimiters").children()) {
    if (!d.attribute("alt")) e.quotes.emplace(d.name(), d.text().get());
  }
}

// Scripts written right to left, from CLDR's scriptMetadata.txt (the seventh field says).
std::set<std::string> read_rtl_scripts(const fs::path& file) {
  std::set<std::string> scripts;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    for (std::string f; std::getline(ss, f, ';');) {
      f.erase(0, f.find_first_not_of(' '));
      fields.push_back(f);
    }
    if (fields.size() > 6 && fields[6] == "YES") scripts.insert(key_of(fields[0]));
  }
  return scripts;
}

// Bare language -> its likely script ("dv" -> "thaa").
std::map<std::string, std::string> read_likely_scripts(const fs::path& file) {
  std::map<std::string, std::string> scripts;
  pugi::xml_document xml;
  if (!xml.load_file(file.c_str())) return scripts;
  for (pugi::xml_node s : xml.child("supplementalData").child("likelySubtags").children()) {
    const std::string from = s.attribute("from").value();
    const std::string to = key_of(s.attribute("to").value());
    if (from.find('_') != std::string::npos || from == "und") continue;
    const auto first = to.find('-');
    if (first == std::string::npos) continue;
    scripts[from] = to.substr(first + 1, 4);
  }
  return scripts;
}

// Where a locale with a script and one with a region are the same written language, from
// CLDR's likely subtags: "zh-hant" -> "zh-tw" (zh_Hant is most likely zh_Hant_TW) and
// "zh-hk" -> "zh-hant" (zh_HK is most likely zh_Hant_HK). DocBook names its Traditional
// Chinese "zh_tw" and CLDR names it "zh_Hant": without this both fell back to "zh", which
// is Simplified.
std::map<std::string, std::string> read_equivalents(const fs::path& file) {
  std::map<std::string, std::string> equivalent;
  pugi::xml_document xml;
  if (!xml.load_file(file.c_str())) return equivalent;
  for (pugi::xml_node s : xml.child("supplementalData").child("likelySubtags").children()) {
    const std::string from = key_of(s.attribute("from").value());
    const std::string to = key_of(s.attribute("to").value());
    const auto dash = from.find('-');
    if (dash == std::string::npos || from.find('-', dash + 1) != std::string::npos) continue;
    const auto first = to.find('-');
    const auto second = to.find('-', first + 1);
    if (first == std::string::npos || second == std::string::npos) continue;
    const std::string language = to.substr(0, first);
    if (from.substr(0, dash) != language) continue;
    const std::string script = to.substr(first + 1, second - first - 1);
    const std::string region = to.substr(second + 1);
    const std::string subtag = from.substr(dash + 1);
    if (subtag == script)
      equivalent[from] = language + "-" + region;
    else if (subtag == region)
      equivalent[from] = language + "-" + script;
  }
  return equivalent;
}

// DocBook's labels carry their punctuation ("Q :", "س:", ":پرسش"); writers add their own.
std::string bare_label(std::string text) {
  auto is_trim = [](const std::string& s, std::size_t at, std::size_t& len) {
    for (const char* p : {":", " ", "\xef\xbc\x9a" /* ： */, "\xc2\xa0"}) {
      const std::string piece(p);
      if (s.compare(at, piece.size(), piece) == 0) {
        len = piece.size();
        return true;
      }
    }
    return false;
  };
  std::size_t len = 0;
  while (!text.empty() && is_trim(text, 0, len)) text.erase(0, len);
  bool trimmed = true;
  while (trimmed && !text.empty()) {
    trimmed = false;
    for (std::size_t n : {1u, 2u, 3u}) {
      if (text.size() >= n && is_trim(text, text.size() - n, len) && len == n) {
        text.erase(text.size() - n);
        trimmed = true;
        break;
      }
    }
  }
  return text;
}

// The first letter in upper case, for a word that starts a sentence ("par" -> "Par"): Latin,
// Greek and Cyrillic lower-case letters of the basic blocks, which is what the data holds.
std::string sentence_start(std::string text) {
  if (text.empty()) return text;
  auto c0 = static_cast<unsigned char>(text[0]);
  if (c0 >= 'a' && c0 <= 'z') {
    text[0] = static_cast<char>(c0 - 'a' + 'A');
  } else if (text.size() > 1) {
    auto c1 = static_cast<unsigned char>(text[1]);
    unsigned cp = ((c0 & 0x1Fu) << 6) | (c1 & 0x3Fu);
    if ((c0 & 0xE0) == 0xC0) {
      unsigned up = cp;
      if ((cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) || (cp >= 0x3B1 && cp <= 0x3C9 && cp != 0x3C2) ||
          (cp >= 0x430 && cp <= 0x44F))
        up = cp - 0x20;
      else if (cp >= 0x450 && cp <= 0x45F)
        up = cp - 0x50;
      text[0] = static_cast<char>(0xC0 | (up >> 6));
      text[1] = static_cast<char>(0x80 | (up & 0x3F));
    }
  }
  return text;
}

// What goes between the last two names of a list: " and " for a word, the mark alone for
// punctuation (Japanese "、"), a comma when the locale has no word.
std::string joiner(const std::string& word) {
  if (bare_label(word).empty()) return ", ";
  const auto c0 = static_cast<unsigned char>(word[0]);
  const bool mark = word.rfind("\xe3\x80", 0) == 0 || word.rfind("\xef\xbc", 0) == 0 ||
                    (c0 < 0x80 && !std::isalpha(c0));
  return mark ? word : " " + word + " ";
}

std::string literal(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c >= 0x7F) {
      // Octal escapes keep the file ASCII and cannot run into a following hex digit.
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: make_phrases DOCBOOK_COMMON_DIR CLDR_COMMON_DIR OUTPUT\n";
    return 2;
  }
  const fs::path docbook = argv[1];
  const fs::path cldr = argv[2];
  std::map<std::string, Entry> entries;
  std::vector<fs::path> files;
  for (const auto& f : fs::directory_iterator(docbook))
    if (f.path().extension() == ".xml") files.push_back(f.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) read_docbook(f, entries);
  files.clear();
  for (const auto& f : fs::directory_iterator(cldr / "main"))
    if (f.path().extension() == ".xml") files.push_back(f.path());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) read_cldr_locale(f, entries);
  const std::set<std::string> rtl_scripts =
      read_rtl_scripts(cldr / "properties" / "scriptMetadata.txt");
  const std::map<std::string, std::string> likely =
      read_likely_scripts(cldr / "supplemental" / "likelySubtags.xml");
  if (!entries.count("en") || rtl_scripts.empty() || likely.empty()) {
    std::cerr << "make_phrases: English, script metadata or likely subtags missing\n";
    return 1;
  }

  const std::map<std::string, std::string> equivalents =
      read_equivalents(cldr / "supplemental" / "likelySubtags.xml");
  // The locales a value is looked for in, in order: the locale, the locales equivalent to it
  // (read_equivalents), then its parent and theirs.
  auto search_order = [&](const std::string& key) {
    std::vector<std::string> order;
    for (std::string k = key; !k.empty(); k = parent_of(k)) {
      for (std::string e = k;
           !e.empty() && std::find(order.begin(), order.end(), e) == order.end();) {
        order.push_back(e);
        auto it = equivalents.find(e);
        e = it == equivalents.end() ? std::string{} : it->second;
      }
    }
    return order;
  };
  // A value missing from a locale comes from its equivalents and its parent, then from English.
  auto lookup = [&](const std::string& key, auto field, const std::string& name) {
    for (const std::string& k : search_order(key)) {
      auto it = entries.find(k);
      if (it == entries.end()) continue;
      const auto& values = field(it->second);
      if (auto v = values.find(name); v != values.end()) return std::pair{v->second, k};
    }
    const auto& values = field(entries.at("en"));
    auto v = values.find(name);
    return std::pair{v == values.end() ? std::string{} : v->second, std::string("en")};
  };
  auto words = [](const Entry& e) -> const std::map<std::string, std::string>& { return e.words; };
  auto quotes = [](const Entry& e) -> const std::map<std::string, std::string>& {
    return e.quotes;
  };
  auto rtl_of = [&](const std::string& key) {
    for (std::string k = key; !k.empty(); k = parent_of(k)) {
      // An explicit script decides ("pa-arab"), then the locale's own data.
      const auto dash = k.find('-');
      if (dash != std::string::npos && k.size() - dash - 1 == 4)
        return rtl_scripts.count(k.substr(dash + 1)) > 0;
      auto it = entries.find(k);
      if (it != entries.end() && it->second.rtl) return *it->second.rtl;
    }
    auto it = likely.find(key.substr(0, key.find('-')));
    return it != likely.end() && rtl_scripts.count(it->second) > 0;
  };

  std::ostringstream out;
  out << "// Generated by core/gen/make_phrases.cpp from docbook-xsl-ns and unicode-cldr-core; do "
         "not edit.\n";
  out << "// clang-format off\n";
  out << "constexpr Phrases kPhraseRows[] = {\n";
  // Every locale, and every equivalent whose words differ from its parent's ("zh-hk").
  std::set<std::string> keys;
  for (const auto& [key, e] : entries) keys.insert(key);
  for (const auto& [key, to] : equivalents) {
    if (entries.count(key.substr(0, key.find('-'))) == 0) continue;
    if (lookup(key, words, "TableofContents").second !=
        lookup(parent_of(key), words, "TableofContents").second)
      keys.insert(key);
  }
  for (const std::string& key : keys) {
    const auto [contents, contents_from] = lookup(key, words, "TableofContents");
    const auto [by, by_from] = lookup(key, words, "by");
    const auto [and_, and_from] = lookup(key, words, "and");
    const auto [question, question_from] = lookup(key, words, "Question");
    const auto [answer, answer_from] = lookup(key, words, "Answer");
    const auto [notes, notes_from] = lookup(key, words, "Notes");
    // "by" that is only punctuation (Japanese "："), or none (Russian), leaves the names alone.
    const std::string by_word = bare_label(by).empty() ? std::string{} : by;
    out << "  {" << literal(key) << ", " << literal(contents_from) << ", " << literal(contents)
        << ", " << literal(by_word) << ", " << literal(sentence_start(by_word)) << ", "
        << literal(joiner(and_)) << ", " << literal(bare_label(question)) << ", "
        << literal(bare_label(answer)) << ", " << literal(notes);
    for (const char* q :
         {"quotationStart", "quotationEnd", "alternateQuotationStart", "alternateQuotationEnd"})
      out << ", " << literal(lookup(key, quotes, q).first);
    out << ", " << (rtl_of(key) ? "Direction::rtl" : "Direction::ltr") << "},\n";
  }
  out << "};\n\n";
  // Languages with no locale file of their own still have a direction ("dv" -> Thaana).
  out << "constexpr std::string_view kRtlLanguages[] = {\n";
  for (const auto& [language, script] : likely)
    if (rtl_scripts.count(script)) out << "  " << literal(language) << ",\n";
  out << "};\n\n";
  out << "constexpr std::string_view kRtlScripts[] = {\n";
  for (const auto& s : rtl_scripts) out << "  " << literal(s) << ",\n";
  out << "};\n";
  out << "// clang-format on\n";

  const std::string text = out.str();
  std::ifstream old(argv[3], std::ios::binary);
  std::string previous((std::istreambuf_iterator<char>(old)), std::istreambuf_iterator<char>());
  if (previous == text) return 0;  // unchanged: nothing that includes it needs rebuilding
  std::ofstream file(argv[3], std::ios::binary);
  file << text;
  return file ? 0 : 1;
}
