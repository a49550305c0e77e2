#include "html_entities.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <iterator>

#include "govtech/text.hpp"

namespace govtech::markdown {

namespace {

struct NamedEntity {
  std::string_view name;
  std::string_view text;
};

// Read only while compiling: the program looks names up in the packed copy below.
constexpr NamedEntity kNamedEntities[] = {
#include "html_entity_table.inc"
};

// The table as one block of characters with small offsets into it. As pairs of string_views
// it would hold some 4,000 pointers, each relocated (and its page copied) whenever the plugin
// is loaded: a cost every conversion paid, for the few that meet an entity.
struct PackedEntity {
  std::uint16_t name_at;  // the text follows the name
  std::uint8_t name_size;
  std::uint8_t text_size;
};

constexpr std::size_t kPackedChars = [] {
  std::size_t n = 0;
  for (const NamedEntity& e : kNamedEntities) n += e.name.size() + e.text.size();
  return n;
}();
static_assert(kPackedChars <= 0xFFFF, "offsets are 16 bits");
static_assert(
    [] {
      for (const NamedEntity& e : kNamedEntities) {
        if (e.name.size() > 0xFF || e.text.size() > 0xFF) return false;
      }
      return true;
    }(),
    "sizes are 8 bits");

struct PackedEntities {
  std::array<char, kPackedChars> chars{};
  std::array<PackedEntity, std::size(kNamedEntities)> entries{};

  std::string_view name(const PackedEntity& e) const {
    return {chars.data() + e.name_at, e.name_size};
  }
  std::string_view text(const PackedEntity& e) const {
    return {chars.data() + e.name_at + e.name_size, e.text_size};
  }
};

constexpr PackedEntities pack_entities() {
  PackedEntities packed;
  std::size_t at = 0;
  for (std::size_t i = 0; i < std::size(kNamedEntities); ++i) {
    const NamedEntity& e = kNamedEntities[i];
    packed.entries[i] = {static_cast<std::uint16_t>(at), static_cast<std::uint8_t>(e.name.size()),
                         static_cast<std::uint8_t>(e.text.size())};
    for (char c : e.name) packed.chars[at++] = c;
    for (char c : e.text) packed.chars[at++] = c;
  }
  return packed;
}

constexpr PackedEntities kEntities = pack_entities();

bool decode_numeric(std::string_view digits, int base, std::string& out) {
  if (digits.empty() || digits.size() > (base == 16 ? 6u : 7u)) return false;
  std::uint32_t value = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
  if (error != std::errc() || end != digits.data() + digits.size()) return false;
  bool valid = value != 0 && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF);
  append_utf8(out, valid ? static_cast<char32_t>(value) : U'\uFFFD');
  return true;
}

}  // namespace

void append_decoded_entity(std::string_view reference, std::string& out) {
  if (reference.size() >= 3 && reference.front() == '&' && reference.back() == ';') {
    std::string_view body = reference.substr(1, reference.size() - 2);
    if (body.front() == '#') {
      body.remove_prefix(1);
      bool hex = !body.empty() && (body.front() == 'x' || body.front() == 'X');
      if (hex) body.remove_prefix(1);
      if (decode_numeric(body, hex ? 16 : 10, out)) return;
    } else {
      const auto& entries = kEntities.entries;
      auto found = std::lower_bound(entries.begin(), entries.end(), body,
                                    [](const PackedEntity& entity, std::string_view name) {
                                      return kEntities.name(entity) < name;
                                    });
      if (found != entries.end() && kEntities.name(*found) == body) {
        out += kEntities.text(*found);
        return;
      }
    }
  }
  out += reference;
}

}  // namespace govtech::markdown
