#include "symbols.hpp"

#include <cctype>
#include <string>

#include "govtech/text.hpp"

namespace govtech::docx {

namespace {

// The i-th character of a UTF-8 string.
char32_t nth(std::string_view text, std::size_t i) {
  std::size_t pos = 0;
  char32_t c = 0;
  for (std::size_t k = 0; k <= i && pos < text.size(); ++k) c = next_code_point(text, pos);
  return c;
}

struct Mapping {
  unsigned char code;
  char32_t character;
};

// The Symbol font: Greek letters where Latin ones sit, and the mathematical signs.
constexpr std::string_view kSymbolUpper = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ";
constexpr std::string_view kSymbolLower = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ";
constexpr Mapping kSymbol[] = {{0x22, U'∀'}, {0x24, U'∃'}, {0x27, U'∋'}, {0x2A, U'∗'}, {0x2D, U'−'},
                               {0x40, U'≅'}, {0x5C, U'∴'}, {0x5E, U'⊥'}, {0xA3, U'≤'}, {0xA5, U'∞'},
                               {0xAC, U'←'}, {0xAD, U'↑'}, {0xAE, U'→'}, {0xAF, U'↓'}, {0xB0, U'°'},
                               {0xB1, U'±'}, {0xB3, U'≥'}, {0xB4, U'×'}, {0xB5, U'∝'}, {0xB6, U'∂'},
                               {0xB7, U'•'}, {0xB8, U'÷'}, {0xB9, U'≠'}, {0xBA, U'≡'}, {0xBB, U'≈'},
                               {0xBC, U'…'}, {0xD0, U'∠'}, {0xD1, U'∇'}, {0xD2, U'®'}, {0xD3, U'©'},
                               {0xD4, U'™'}, {0xD5, U'∏'}, {0xD6, U'√'}, {0xD7, U'⋅'}, {0xE2, U'®'},
                               {0xE3, U'©'}, {0xE4, U'™'}, {0xE5, U'∑'}, {0xF2, U'∫'}};
constexpr Mapping kWingdings[] = {{0x4A, U'☺'}, {0x4C, U'☹'}, {0x6C, U'●'}, {0x6E, U'■'},
                                  {0x6F, U'□'}, {0x71, U'❑'}, {0x75, U'◆'}, {0x76, U'❖'},
                                  {0x9F, U'•'}, {0xA7, U'▪'}, {0xA8, U'◻'}, {0xD8, U'➢'},
                                  {0xE0, U'→'}, {0xE8, U'➔'}, {0xEF, U'⇦'}, {0xF0, U'⇨'},
                                  {0xFB, U'✗'}, {0xFC, U'✓'}, {0xFD, U'☒'}, {0xFE, U'☑'}};

std::optional<char32_t> lookup(const auto& table, char32_t code) {
  for (const Mapping& m : table) {
    if (m.code == code) return m.character;
  }
  return std::nullopt;
}

}  // namespace

std::optional<char32_t> symbol_character(std::string_view font, char32_t code) {
  const std::string name = ascii_lower(font);
  const bool private_use = code >= 0xF000 && code <= 0xF0FF;
  const char32_t low = private_use ? code - 0xF000 : code;
  if (name == "symbol") {
    if (low >= 'A' && low <= 'Z') return nth(kSymbolUpper, low - 'A');
    if (low >= 'a' && low <= 'z') return nth(kSymbolLower, low - 'a');
    if (auto c = lookup(kSymbol, low)) return c;
    if (low >= 0x20 && low < 0x7F) return low;
    return std::nullopt;
  }
  if (name.starts_with("wingdings")) return lookup(kWingdings, low);
  if (private_use || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
    return std::nullopt;
  }
  return code;
}

}  // namespace govtech::docx
