// Bold, italic, struck-through, superscript and subscript text told by CSS rather than by
// <b>/<i>/<s>/<sup>/<sub>: Google Docs exports put every span in classes
// (`.c3{font-weight:700}`, `.c5{vertical-align:super}`), Word and pasted pages use inline
// `style` attributes. Only what matters to the document tree is read: weight, style,
// line-through, vertical-align (with a relative font-size, for `top` and `bottom`),
// display:none/visibility:hidden, and Word's `mso-list:Ignore` list markers.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <gumbo.h>

namespace html_reader {

// Raised or lowered text, or neither.
enum class Script : unsigned char { none, super, sub };

// What one rule or style attribute says; unset where it says nothing.
struct TextStyle {
  std::optional<bool> bold;
  std::optional<bool> italic;
  std::optional<bool> struck;
  bool hidden = false;
  bool list_marker = false;  // Word's bullet or number, drawn by the page, not text
  std::string align;         // text-align, for table cells
  std::string vertical_align;
  std::optional<bool> smaller;  // a font-size relative to the text around: `smaller`, 70%, 0.6em

  void merge(const TextStyle& over);  // `over` wins where it says something
  // What vertical-align makes of an inline element's text: `super` and `sub` say so; `top`
  // and `bottom` (also `text-`) only with a smaller font-size, since alone they align a box,
  // as Google Docs' table cells do with `vertical-align:top`. Lengths are not read.
  Script script() const;
};

// The declarations of one style attribute or rule body ("font-weight:700;color:#000").
TextStyle parse_declarations(std::string_view css);

// The rules of the page's <style> elements whose selector is one class (`.c3`, `p.c3`,
// `span.c3`), by class name. Other selectors are left alone: they style the page, not the text.
class ClassStyles {
 public:
  void add_stylesheet(std::string_view css);
  // The style of an element: its classes' rules in order, then its style attribute.
  TextStyle of(const GumboNode* element) const;
  bool empty() const { return rules_.empty(); }

 private:
  std::map<std::string, TextStyle, std::less<>> rules_;
};

}  // namespace html_reader
