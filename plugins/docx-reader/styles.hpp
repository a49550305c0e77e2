// styles.xml: paragraph and character styles with their basedOn inheritance, the document
// defaults, and what a paragraph style means to an interview (a title, a heading of some
// outline level, a quotation, code).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "ooxml.hpp"

namespace govtech::docx {

// Run formatting; unset members inherit.
struct RunProps {
  std::optional<bool> bold, italic, strike, code, hidden;
  std::optional<int> vertical;  // 0 baseline, 1 superscript, 2 subscript
  std::optional<std::string> lang;
  std::optional<std::string> bidi_lang;        // w:lang w:bidi: of right-to-left text
  std::optional<std::string> east_asian_lang;  // w:lang w:eastAsia: of CJK text
  std::optional<bool> rtl;                     // w:rtl: a right-to-left run

  void merge(const RunProps& over);  // `over`'s set members win
};
// Reads a w:rPr element (its direct children only, so that a w:rPrChange's old formatting is
// never taken for the current one).
RunProps read_run_props(pugi::xml_node rpr, const Names& n);

// author and date: the paragraph styles pandoc gives the byline and the date under a title.
enum class ParaKind { normal, title, subtitle, author, date, quote, code };

struct ParaProps {
  std::optional<int> outline;  // 0..8: heading level outline + 1; 9 is body text
  std::optional<int> num_id, ilvl;
  std::optional<bool> bidi;
  ParaKind kind = ParaKind::normal;

  void merge(const ParaProps& over);
};
ParaProps read_para_props(pugi::xml_node ppr, const Names& n);

// A style resolved through its basedOn chain.
struct ResolvedStyle {
  ParaProps para;
  RunProps run;
};

class StyleSheet {
 public:
  StyleSheet() = default;
  StyleSheet(pugi::xml_node root, const Names& n);

  // The paragraph style `id` resolved (the default paragraph style when `id` is empty or
  // unknown), document defaults included.
  const ResolvedStyle& paragraph(std::string_view id) const;
  // A character style's run formatting, resolved; empty for an unknown id.
  const RunProps& character(std::string_view id) const;
  const std::string& default_language() const { return default_language_; }

 private:
  ResolvedStyle defaults_;
  std::map<std::string, ResolvedStyle, std::less<>> paragraph_;
  std::map<std::string, RunProps, std::less<>> character_;
  std::string default_paragraph_;
  std::string default_language_;
};

// Whether a font is one programmers write code in (Courier New, Consolas, ...).
bool is_code_font(std::string_view font);

}  // namespace govtech::docx
