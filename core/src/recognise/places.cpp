// Country and subdivision names from Debian's iso-codes: ISO 3166-1 (names, official and
// common names) and ISO 3166-2 (subdivisions as written locally, and their English names from
// the package's translation catalogue). Loaded once, on first use, and only by a header line
// that has fields to place.
#include <cstdint>
#include <cstring>
#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
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
  std::unordered_set<std::string> subdivisions;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The translated strings of a GNU gettext catalogue (.mo): its format is a header of 32-bit
// words, then tables of (length, offset) pairs for the originals and their translations.
void add_translations(const std::string& path, std::unordered_set<std::string>& into) {
  const std::string mo = read_file(path);
  if (mo.size() < 28) return;
  auto word = [&](std::size_t at) -> std::uint32_t {
    std::uint32_t v = 0;
    if (at + 4 > mo.size()) return 0;
    std::memcpy(&v, mo.data() + at, 4);
    return v;
  };
  if (word(0) != 0x950412deU) return;  // only the native byte order is expected here
  const std::uint32_t count = word(8);
  const std::uint32_t translations = word(16);
  for (std::uint32_t i = 0; i < count; ++i) {
    const std::uint32_t length = word(translations + 8 * i);
    const std::uint32_t offset = word(translations + 8 * i + 4);
    if (offset + static_cast<std::uint64_t>(length) > mo.size() || length == 0) continue;
    into.insert(fold_case(std::string_view(mo).substr(offset, length)));
  }
}

Places load_places() {
  Places places;
  try {
    auto countries = nlohmann::json::parse(read_file(GOVTECH_ISO_CODES_DIR "/iso_3166-1.json"));
    for (const auto& c : countries.at("3166-1")) {
      for (const char* key : {"name", "official_name", "common_name"}) {
        if (c.contains(key)) places.countries.insert(fold_case(c[key].get<std::string>()));
      }
    }
  } catch (const std::exception&) {
    // No iso-codes: no field is placed by data, and the line is read by position.
  }
  // Names people write that the standard words otherwise.
  for (const char* alias : {"uk", "u.k.", "usa", "us", "u.s.", "u.s.a.", "uae", "korea",
                            "republic of korea", "turkey", "russia", "vietnam", "the netherlands",
                            "czech republic", "ivory coast", "hong kong", "taiwan"}) {
    places.countries.insert(alias);
  }
  try {
    auto subdivisions = nlohmann::json::parse(read_file(GOVTECH_ISO_CODES_DIR "/iso_3166-2.json"));
    for (const auto& s : subdivisions.at("3166-2")) {
      places.subdivisions.insert(fold_case(s.at("name").get<std::string>()));
    }
  } catch (const std::exception&) {
  }
  add_translations(GOVTECH_LOCALE_DIR "/en/LC_MESSAGES/iso_3166-2.mo", places.subdivisions);
  return places;
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
  return places().subdivisions.count(fold_case(text)) > 0;
}

}  // namespace govtech
