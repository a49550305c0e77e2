// Country and subdivision names from Debian's iso-codes: ISO 3166-1 (names, official and
// common names) and ISO 3166-2 (subdivisions as written locally, and their English names from
// the package's translation catalogue). Read once, on first use, and only by a header line
// that has fields to place.
#include <string.h>  // memmem

#include <cstdint>
#include <fstream>
#include <initializer_list>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_set>

#include "cues.hpp"
#include "govtech/recognise.hpp"

#ifndef GOVTECH_ISO_CODES_DIR
#define GOVTECH_ISO_CODES_DIR "/usr/share/iso-codes/json"
#endif
#ifndef GOVTECH_LOCALE_DIR
#define GOVTECH_LOCALE_DIR "/usr/share/locale"
#endif

namespace govtech {

namespace {

using recognise_detail::fold_case;

struct Places {
  std::unordered_set<std::string> countries;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return {};
  const std::streamoff size = in.tellg();
  if (size <= 0) return {};
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  in.read(bytes.data(), size);
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return bytes;
}

// The string values of `keys` in an iso-codes JSON file. The files are flat lists of objects
// whose values hold no escapes, so a scan for `"key": "value"` reads them in a fraction of
// what a full parse costs (this runs in every conversion with a header line); a value with a
// backslash sends the whole file to the JSON parser instead.
void add_values(const std::string& json, std::initializer_list<std::string_view> keys,
                std::unordered_set<std::string>& into) {
  for (std::string_view key : keys) {
    const std::string quoted = "\"" + std::string(key) + "\"";
    for (std::size_t at = json.find(quoted); at != std::string::npos;
         at = json.find(quoted, at + quoted.size())) {
      std::size_t i = at + quoted.size();
      while (i < json.size() && (json[i] == ' ' || json[i] == ':')) ++i;
      if (i >= json.size() || json[i] != '"') continue;
      const std::size_t end = json.find('"', i + 1);
      if (end == std::string::npos) return;
      const std::string_view value(json.data() + i + 1, end - i - 1);
      if (value.find('\\') != std::string_view::npos) {
        try {
          const auto parsed = nlohmann::json::parse(json);
          for (const auto& list : parsed) {
            for (const auto& entry : list) {
              for (std::string_view k : keys) {
                const std::string name(k);
                if (entry.contains(name)) into.insert(fold_case(entry[name].get<std::string>()));
              }
            }
          }
        } catch (const std::exception&) {
        }
        return;
      }
      into.insert(fold_case(value));
    }
  }
}

Places load_places() {
  Places places;
  add_values(read_file(GOVTECH_ISO_CODES_DIR "/iso_3166-1.json"),
             {"name", "official_name", "common_name"}, places.countries);
  // Names people write that the standard words otherwise.
  for (const char* alias : {"uk", "u.k.", "usa", "us", "u.s.", "u.s.a.", "uae", "korea",
                            "republic of korea", "turkey", "russia", "vietnam", "the netherlands",
                            "czech republic", "ivory coast", "hong kong", "taiwan"}) {
    places.countries.insert(alias);
  }
  return places;
}

// Subdivisions are many (5,000 names, 2,000 English ones) and asked about rarely: the name as
// written is looked for in the files themselves, which costs far less than a table of them all
// in every conversion with a header line.
struct SubdivisionFiles {
  std::string json;  // iso_3166-2.json
  std::string mo;    // its English names
};

const SubdivisionFiles& subdivision_files() {
  static const SubdivisionFiles files{
      read_file(GOVTECH_ISO_CODES_DIR "/iso_3166-2.json"),
      read_file(GOVTECH_LOCALE_DIR "/en/LC_MESSAGES/iso_3166-2.mo")};
  return files;
}

const Places& places() {
  static const Places loaded = load_places();
  return loaded;
}

}  // namespace

bool is_country_name(std::string_view text) {
  return places().countries.count(fold_case(text)) > 0;
}

bool is_subdivision_name(std::string_view text) {
  if (text.empty() || text.find('"') != std::string_view::npos) return false;
  const SubdivisionFiles& files = subdivision_files();
  // "name": "Bavaria" in the JSON; "\0Bavaria\0" among the catalogue's strings.
  const std::string in_json = "\"name\": \"" + std::string(text) + "\"";
  std::string in_mo(1, '\0');
  in_mo.append(text);
  in_mo.push_back('\0');
  // memmem, not std::string::find: the catalogue is full of NUL bytes, and find() would stop at
  // every one of them.
  auto holds = [](const std::string& haystack, const std::string& needle) {
    return memmem(haystack.data(), haystack.size(), needle.data(), needle.size()) != nullptr;
  };
  return holds(files.json, in_json) || holds(files.mo, in_mo);
}

}  // namespace govtech
