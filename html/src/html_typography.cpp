// The stylesheet rules for scripts, shared by the HTML page and the EPUB's stylesheet.
#include "govtech/html_render.hpp"

namespace govtech {

// System fonts only (embedding fonts is the publisher's choice); each stack names the fonts
// that Apple, Windows and Linux systems ship for the script, then the generic family.
// CJK, Arabic and Hebrew have no true italic: emphasis that would be slanted becomes a mark
// over or under each character (CJK) or bold (Arabic, Hebrew), as their typography has it.
std::string_view script_stylesheet() {
  return R"css(:lang(ja) { font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, "Noto Sans CJK JP", sans-serif; }
:lang(zh), :lang(zh-Hans) { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK) { font-family: "PingFang TC", "Microsoft JhengHei", "Noto Sans CJK TC", sans-serif; }
:lang(ko) { font-family: "Apple SD Gothic Neo", "Malgun Gothic", "Noto Sans CJK KR", sans-serif; }
:lang(ar), :lang(fa), :lang(ur), :lang(ps), :lang(ckb) { font-family: "Geeza Pro", "Segoe UI", Tahoma, "Noto Naskh Arabic", "Noto Sans Arabic", sans-serif; }
:lang(he), :lang(yi) { font-family: "Arial Hebrew", "Segoe UI", "Noto Sans Hebrew", Arial, sans-serif; }
:lang(hi), :lang(mr), :lang(ne) { font-family: "Kohinoor Devanagari", "Nirmala UI", "Noto Sans Devanagari", sans-serif; }
:lang(th) { font-family: Thonburi, "Leelawadee UI", "Noto Sans Thai", Tahoma, sans-serif; }
:lang(ja) em, :lang(zh) em, :lang(ko) em { font-style: normal; text-emphasis: filled sesame; }
:lang(zh) em { text-emphasis: filled dot; text-emphasis-position: under right; }
:lang(ko) em { text-emphasis: filled dot; }
:lang(ar) em, :lang(fa) em, :lang(ur) em, :lang(he) em { font-style: normal; font-weight: 700; }
:lang(ja) blockquote, :lang(zh) blockquote, :lang(ko) blockquote, :lang(ar) blockquote, :lang(fa) blockquote, :lang(ur) blockquote, :lang(he) blockquote { font-style: normal; }
:lang(ja), :lang(zh) { line-break: strict; word-break: normal; overflow-wrap: anywhere; }
:lang(ko) { word-break: keep-all; overflow-wrap: anywhere; }
:lang(th) { word-break: normal; line-break: auto; }
)css";
}

}  // namespace govtech
