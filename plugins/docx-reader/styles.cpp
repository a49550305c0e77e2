#include "styles.hpp"
#include "govtech/text.hpp"

#include <cctype>
#include <vector>

namespace govtech::docx {

namespace {

template <class T>
void take(std::optional<T>& to, const std::optional<T>& from) {
  if (from) to = from;
}

// What a style's name says, whatever its id (ids are localised: "berschrift1", "Titre").
// Word and LibreOffice write the built-in English names in w:name.
std::optional<ParaKind> kind_from_name(const std::string& name) {
  if (name == "title") return ParaKind::title;
  if (name == "subtitle") return ParaKind::subtitle;
  if (name == "author") return ParaKind::author;
  if (name == "date") return ParaKind::date;
  if (name == "quote" || name == "intense quote" || name == "block text" || name == "quotations" ||
      name == "block quote") {
    return ParaKind::quote;
  }
  if (name == "source code" || name == "html preformatted" || name == "preformatted text" ||
      name == "code" || name == "code block") {
    return ParaKind::code;
  }
  return std::nullopt;
}

// Character styles for code: Word's HTML ones, pandoc's, LibreOffice's.
bool code_style_name(const std::string& name) {
  return name == "html code" || name == "html typewriter" || name == "verbatim char" ||
         name == "source text" || name == "code" || name == "inline code" || name == "code char";
}

std::optional<int> heading_from_name(const std::string& name) {
  if (name.size() == 9 && name.starts_with("heading ") && name[8] >= '1' && name[8] <= '9') {
    return name[8] - '1';
  }
  return std::nullopt;
}

struct RawStyle {
  bool paragraph = false;
  std::string name;
  std::string based_on;
  ParaProps para;
  RunProps run;
};

}  // namespace

void RunProps::merge(const RunProps& over) {
  take(bold, over.bold);
  take(italic, over.italic);
  take(strike, over.strike);
  take(code, over.code);
  take(hidden, over.hidden);
  take(vertical, over.vertical);
  take(lang, over.lang);
  take(bidi_lang, over.bidi_lang);
  take(east_asian_lang, over.east_asian_lang);
  take(rtl, over.rtl);
}

void ParaProps::merge(const ParaProps& over) {
  take(outline, over.outline);
  take(num_id, over.num_id);
  take(ilvl, over.ilvl);
  take(bidi, over.bidi);
  if (over.kind != ParaKind::normal) kind = over.kind;
}

bool is_code_font(std::string_view font) {
  static constexpr std::string_view kFonts[] = {
      "courier",     "courier new",    "consolas",        "lucida console",   "monaco",
      "menlo",       "inconsolata",    "source code pro", "dejavu sans mono", "liberation mono",
      "noto mono",   "noto sans mono", "roboto mono",     "ubuntu mono",      "fira code",
      "fira mono",   "jetbrains mono", "cascadia code",   "cascadia mono",    "sf mono",
      "andale mono", "ibm plex mono",  "droid sans mono", "monospace"};
  const std::string name = ascii_lower(font);
  for (std::string_view f : kFonts) {
    if (name == f) return true;
  }
  return false;
}

RunProps read_run_props(pugi::xml_node rpr, const Names& n) {
  RunProps p;
  // One pass over the children: a run's properties are read for every run of the document.
  // Word writes at most one of each; where a hand-made part repeats one, the first counts.
  std::optional<bool> dstrike;
  bool fonts_seen = false;
  bool lang_seen = false;
  auto first = [](auto& property, auto value) {
    if (!property) property = value;
  };
  for (pugi::xml_node c = rpr.first_child(); c; c = c.next_sibling()) {
    const char* local = name_under(c, n.w);
    if (!local) continue;
    if (same_name(local, "b")) {
      first(p.bold, on_off_value(c, n.w));
    } else if (same_name(local, "i")) {
      first(p.italic, on_off_value(c, n.w));
    } else if (same_name(local, "strike")) {
      first(p.strike, on_off_value(c, n.w));
    } else if (same_name(local, "dstrike")) {
      first(dstrike, on_off_value(c, n.w));
    } else if (same_name(local, "vanish")) {
      first(p.hidden, on_off_value(c, n.w));
    } else if (same_name(local, "rtl")) {
      first(p.rtl, on_off_value(c, n.w));
    } else if (same_name(local, "vertAlign") && !p.vertical) {
      const std::string_view v = attr(c, n.w, "val").value();
      p.vertical = v == "superscript" ? 1 : v == "subscript" ? 2 : 0;
    } else if (same_name(local, "rFonts") && !fonts_seen) {
      fonts_seen = true;
      const char* font = attr(c, n.w, "ascii").value();
      if (!*font) font = attr(c, n.w, "hAnsi").value();
      if (*font) p.code = is_code_font(font);
    } else if (same_name(local, "lang") && !lang_seen) {
      lang_seen = true;
      const std::string_view v = attr(c, n.w, "val").value();
      if (!v.empty()) p.lang = std::string(v);
      const std::string_view bidi = attr(c, n.w, "bidi").value();
      if (!bidi.empty()) p.bidi_lang = std::string(bidi);
      const std::string_view east = attr(c, n.w, "eastAsia").value();
      if (!east.empty()) p.east_asian_lang = std::string(east);
    }
  }
  if (dstrike == true) p.strike = true;
  return p;
}

ParaProps read_para_props(pugi::xml_node ppr, const Names& n) {
  ParaProps p;
  if (!ppr) return p;
  if (pugi::xml_node level = child(ppr, n.w, "outlineLvl")) {
    p.outline = attr(level, n.w, "val").as_int(9);
  }
  if (pugi::xml_node num = child(ppr, n.w, "numPr")) {
    if (pugi::xml_node id = child(num, n.w, "numId")) p.num_id = attr(id, n.w, "val").as_int(0);
    if (pugi::xml_node lvl = child(num, n.w, "ilvl")) p.ilvl = attr(lvl, n.w, "val").as_int(0);
  }
  p.bidi = on_off(ppr, n.w, "bidi");
  return p;
}

StyleSheet::StyleSheet(pugi::xml_node root, const Names& n) {
  if (pugi::xml_node defaults = child(root, n.w, "docDefaults")) {
    defaults_.run = read_run_props(child(child(defaults, n.w, "rPrDefault"), n.w, "rPr"), n);
    defaults_.para = read_para_props(child(child(defaults, n.w, "pPrDefault"), n.w, "pPr"), n);
    if (defaults_.run.lang) default_language_ = *defaults_.run.lang;
  }
  std::map<std::string, RawStyle, std::less<>> raw;
  for (pugi::xml_node s = root.first_child(); s; s = s.next_sibling()) {
    if (!is(s, n.w, "style")) continue;
    const std::string_view type = attr(s, n.w, "type").value();
    if (type != "paragraph" && type != "character") continue;
    RawStyle style;
    style.paragraph = type == "paragraph";
    style.name = ascii_lower(attr(child(s, n.w, "name"), n.w, "val").value());
    style.based_on = attr(child(s, n.w, "basedOn"), n.w, "val").value();
    style.para = read_para_props(child(s, n.w, "pPr"), n);
    style.run = read_run_props(child(s, n.w, "rPr"), n);
    const std::string id = attr(s, n.w, "styleId").value();
    if (style.paragraph && attr(s, n.w, "default").as_bool()) default_paragraph_ = id;
    raw.emplace(id, std::move(style));
  }
  // None marked as the default (LibreOffice marks none): Word's own default is Normal.
  if (default_paragraph_.empty() && raw.contains("Normal")) default_paragraph_ = "Normal";
  for (const auto& [id, style] : raw) {
    // The chain from this style up to its root, bounded against cycles.
    std::vector<const RawStyle*> chain;
    for (const RawStyle* s = &style; s && chain.size() < 32;) {
      chain.push_back(s);
      auto next = raw.find(s->based_on);
      s = next == raw.end() || next->second.paragraph != style.paragraph ? nullptr : &next->second;
    }
    ResolvedStyle resolved;
    std::optional<ParaKind> kind;
    std::optional<int> named_heading;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      resolved.para.merge((*it)->para);
      resolved.run.merge((*it)->run);
    }
    for (const RawStyle* s : chain) {
      if (!kind) kind = kind_from_name(s->name);
      if (!named_heading) named_heading = heading_from_name(s->name);
    }
    resolved.para.kind = kind.value_or(ParaKind::normal);
    if (!resolved.para.outline && named_heading) resolved.para.outline = named_heading;
    if (style.paragraph) {
      ResolvedStyle full = defaults_;
      full.para.merge(resolved.para);
      full.run.merge(resolved.run);
      paragraph_.emplace(id, std::move(full));
    } else {
      for (const RawStyle* s : chain) {
        if (code_style_name(s->name)) resolved.run.code = true;
      }
      character_.emplace(id, std::move(resolved.run));
    }
  }
}

const ResolvedStyle& StyleSheet::paragraph(std::string_view id) const {
  auto found = paragraph_.find(id.empty() ? std::string_view(default_paragraph_) : id);
  if (found == paragraph_.end()) found = paragraph_.find(default_paragraph_);
  return found == paragraph_.end() ? defaults_ : found->second;
}

const RunProps& StyleSheet::character(std::string_view id) const {
  static const RunProps none;
  auto found = character_.find(id);
  return found == character_.end() ? none : found->second;
}

}  // namespace govtech::docx
