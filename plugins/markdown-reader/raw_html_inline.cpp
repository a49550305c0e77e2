// One inline piece of raw HTML, read by CommonMark's grammar for it (spec 6.6): md4c hands
// over nothing else, so no HTML parser is needed to split a tag into its name and
// attributes. What the tag means is raw_html_elements.cpp's.
#include <utility>

#include "govtech/text.hpp"
#include "html_entities.hpp"
#include "raw_html_elements.hpp"

namespace govtech::markdown {

namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// An attribute value with its character references decoded, as a browser reads it.
std::string decoded(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  std::size_t at = 0;
  while (at < value.size()) {
    const std::size_t amp = value.find('&', at);
    if (amp == std::string_view::npos) break;
    out += value.substr(at, amp - at);
    // The longest reference HTML defines is 33 characters with its & and ;.
    const std::size_t semicolon = value.substr(amp, 40).find(';');
    if (semicolon == std::string_view::npos) {
      out += '&';
      at = amp + 1;
      continue;
    }
    append_decoded_entity(value.substr(amp, semicolon + 1), out);
    at = amp + semicolon + 1;
  }
  out += value.substr(at);
  return out;
}

// Reads a tag piece from `at`; fails (returns false) at anything the grammar does not allow.
class TagReader {
 public:
  explicit TagReader(std::string_view piece) : text_(piece) {}

  bool name(std::string& out) {
    if (at_ >= text_.size() || !is_ascii_letter(text_[at_])) return false;
    const std::size_t start = at_;
    while (at_ < text_.size() &&
           (is_ascii_letter(text_[at_]) || is_digit(text_[at_]) || text_[at_] == '-'))
      ++at_;
    out = ascii_lower(text_.substr(start, at_ - start));
    return true;
  }

  // Attributes, then an optional '/' and the closing '>', which must end the piece.
  bool attributes(HtmlAttributes& out) {
    for (;;) {
      const bool spaced = skip_spaces();
      if (at_ < text_.size() && (text_[at_] == '>' || text_[at_] == '/')) break;
      if (!spaced) return false;
      HtmlAttribute attribute;
      if (!attribute_name(attribute.name)) return false;
      const std::size_t before = at_;
      skip_spaces();
      if (at_ < text_.size() && text_[at_] == '=') {
        ++at_;
        skip_spaces();
        if (!attribute_value(attribute.value)) return false;
      } else {
        at_ = before;
      }
      out.push_back(std::move(attribute));
    }
    if (text_[at_] == '/') ++at_;
    return at_ + 1 == text_.size() && text_[at_] == '>';
  }

  bool end_of_closing_tag() {
    skip_spaces();
    return at_ + 1 == text_.size() && text_[at_] == '>';
  }

  void skip(std::size_t n) { at_ += n; }

 private:
  bool skip_spaces() {
    const std::size_t start = at_;
    while (at_ < text_.size() && is_html_space(text_[at_])) ++at_;
    return at_ > start;
  }

  bool attribute_name(std::string& out) {
    auto starts = [](char c) { return is_ascii_letter(c) || c == '_' || c == ':'; };
    if (at_ >= text_.size() || !starts(text_[at_])) return false;
    const std::size_t start = at_;
    while (at_ < text_.size() &&
           (starts(text_[at_]) || is_digit(text_[at_]) || text_[at_] == '.' || text_[at_] == '-'))
      ++at_;
    out = ascii_lower(text_.substr(start, at_ - start));
    return true;
  }

  bool attribute_value(std::string& out) {
    if (at_ >= text_.size()) return false;
    const char quote = text_[at_];
    if (quote == '"' || quote == '\'') {
      const std::size_t end = text_.find(quote, at_ + 1);
      if (end == std::string_view::npos) return false;
      out = decoded(text_.substr(at_ + 1, end - at_ - 1));
      at_ = end + 1;
      return true;
    }
    const std::size_t start = at_;
    while (at_ < text_.size() && !is_html_space(text_[at_]) &&
           std::string_view("\"'=<>`").find(text_[at_]) == std::string_view::npos)
      ++at_;
    if (at_ == start) return false;
    out = decoded(text_.substr(start, at_ - start));
    return true;
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

}  // namespace

HtmlInlineTag classify_inline_html(std::string_view piece) {
  HtmlInlineTag tag;  // drop: comments, declarations, processing instructions, CDATA
  if (piece.size() < 3 || piece[0] != '<') return tag;
  TagReader reader(piece);
  if (piece[1] == '/') {
    reader.skip(2);
    std::string name;
    if (!reader.name(name) || !reader.end_of_closing_tag()) return tag;
    tag.element = std::move(name);
    tag.action = HtmlTagAction::close;
    return tag;
  }
  reader.skip(1);
  std::string name;
  HtmlAttributes attributes;
  if (!reader.name(name) || !reader.attributes(attributes)) return tag;
  return describe_start_tag(name, attributes);
}

}  // namespace govtech::markdown
