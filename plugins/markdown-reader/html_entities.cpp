#include "html_entities.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>

#include "govtech/text.hpp"

namespace govtech::markdown {

namespace {

struct NamedEntity {
  std::string_view name;
  std::string_view text;
};

constexpr NamedEntity kNamedEntities[] = {
#include "html_entity_table.inc"
};

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
      auto found = std::lower_bound(
          std::begin(kNamedEntities), std::end(kNamedEntities), body,
          [](const NamedEntity& entity, std::string_view name) { return entity.name < name; });
      if (found != std::end(kNamedEntities) && found->name == body) {
        out += found->text;
        return;
      }
    }
  }
  out += reference;
}

}  // namespace govtech::markdown
