// Paragraphs and runs, and a body read in order (tables are read in tables.cpp).
//
// Word splits one word over several runs whenever spell-checking, revision marks or an
// editor's cursor touched it, so runs are read into pieces of text with their formatting and
// link, and the pieces are only then made into inlines: neighbours with the same formatting
// join, and bold, italic and strike nest in one fixed order.
#include "body.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <span>
#include <string_view>

#include "govtech/image_type.hpp"
#include "govtech/phrases.hpp"
#include "govtech/text.hpp"
#include "notes.hpp"
#include "symbols.hpp"

namespace govtech::docx {

namespace {

struct Format {
  bool bold = false;
  bool italic = false;
  bool strike = false;
  bool code = false;
  int vertical = 0;
  int span = 0;  // 1 + index into the paragraph's spans; 0 in the document's language
  bool operator==(const Format&) const = default;
};

struct Piece {
  Format format;
  int link = -1;  // index into the paragraph's links
  Inline node;
  // A text piece's text where it is read as it stands in the part (node is then an empty
  // Text): the paragraph's text is put together once, without a string for each w:t.
  std::string_view in_part{};
};

// The text of a text piece (empty for any other).
std::string_view piece_text(const Piece& p) {
  if (!p.in_part.empty()) return p.in_part;
  const Text* text = p.node.as<Text>();
  return text ? std::string_view(text->text) : std::string_view();
}

bool is_blank_text(const Piece& p) {
  return p.node.as<Text>() && is_blank(piece_text(p));
}

// Whether any of the eight bytes in `x` is a C0 control or 0xEF (which starts U+FFFE and
// U+FFFF): the bytes clean() looks at, found eight at a time.
bool holds_control_or_ef(std::uint64_t x) {
  constexpr std::uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
  const std::uint64_t below_space = (x - 0x20 * kOnes) & ~x & kHighs;
  const std::uint64_t ef = x ^ (0xEF * kOnes);
  return (below_space | ((ef - kOnes) & ~ef & kHighs)) != 0;
}

// How much of `text` clean() would keep as it is before the first byte it looks at.
std::size_t clean_start(std::string_view text) {
  std::size_t plain = 0;
  for (std::uint64_t x; plain + 8 <= text.size(); plain += 8) {
    std::memcpy(&x, text.data() + plain, 8);
    if (holds_control_or_ef(x)) break;
  }
  while (plain < text.size() && static_cast<unsigned char>(text[plain]) >= 0x20 &&
         static_cast<unsigned char>(text[plain]) != 0xEF) {
    ++plain;
  }
  return plain;
}

// Characters a Document may not hold (NUL, CR, other C0 controls, U+FFFE/U+FFFF) dropped; tabs
// and line feeds are spaces outside code.
std::string clean(std::string_view text, bool code) {
  // Nearly always there is nothing to take out: the text is copied in one piece.
  const std::size_t plain = clean_start(text);
  if (plain == text.size()) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t kept = 0;  // text[kept, i) is copied as it is, in one piece
  for (std::size_t i = plain; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != 0xEF) continue;
    if (c == 0xEF && !(i + 2 < text.size() && text[i + 1] == '\xBF' &&
                       (text[i + 2] == '\xBE' || text[i + 2] == '\xBF')))
      continue;
    out.append(text.substr(kept, i - kept));
    if (c == '\t') {
      out += code ? '\t' : ' ';
    } else if (c == '\n') {
      out += code ? '\n' : ' ';
    } else if (c == 0xEF) {
      i += 2;  // U+FFFE or U+FFFF: not a character
    }
    kept = i + 1;
  }
  out.append(text.substr(std::min(kept, text.size())));
  return out;
}

// Han, kana, Hangul and their punctuation: the text w:eastAsia names the language of.
bool holds_east_asian(std::string_view text) {
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0xE2 || lead > 0xEF) continue;
    const char32_t c = static_cast<char32_t>(
        ((lead & 0x0F) << 12) | ((static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6) |
        (static_cast<unsigned char>(text[i + 2]) & 0x3F));
    if ((c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7AF) ||
        (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF))
      return true;
  }
  return false;
}

std::string picture_kind(std::string_view bytes) {
  if (bytes.size() >= 44 && bytes.substr(40, 4) == " EMF") return "an EMF picture";
  if (bytes.starts_with("\xD7\xCD\xC6\x9A") || bytes.starts_with("\x01\x00\x09\x00")) {
    return "a WMF picture";
  }
  if (bytes.starts_with("II*") || bytes.starts_with("MM\0*")) return "a TIFF picture";
  if (bytes.starts_with("BM")) return "a BMP picture";
  if (bytes.substr(0, 1024).find("<svg") != std::string_view::npos) return "an SVG picture";
  return "not a picture type it knows";
}

// The URL of a HYPERLINK field: its first argument, with "\l anchor" as a fragment.
std::optional<std::string> field_link(std::string_view instr) {
  std::vector<std::string> tokens;
  for (std::size_t i = 0; i < instr.size();) {
    if (instr[i] == ' ') {
      ++i;
      continue;
    }
    std::string token;
    if (instr[i] == '"') {
      const std::size_t end = instr.find('"', i + 1);
      token = instr.substr(i + 1, (end == instr.npos ? instr.size() : end) - i - 1);
      i = end == instr.npos ? instr.size() : end + 1;
    } else {
      const std::size_t end = instr.find(' ', i);
      token = instr.substr(i, (end == instr.npos ? instr.size() : end) - i);
      i = end == instr.npos ? instr.size() : end;
    }
    tokens.push_back(std::move(token));
  }
  if (tokens.empty() || tokens[0] != "HYPERLINK") return std::nullopt;
  std::string url;
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    if (tokens[k].starts_with('\\')) {
      ++k;  // a switch and its argument; bookmarks inside the document have no anchor here
      continue;
    }
    if (url.empty()) url = tokens[k];
  }
  if (url.empty()) return std::nullopt;
  return url;
}

class ParagraphReader {
 public:
  ParagraphReader(Reading& reading, const RunProps& run, const ParaProps& para, bool code)
      : r_(reading), n_(reading.names), run_(run), para_(para), code_(code) {
    pieces_.reserve(8);  // most paragraphs have fewer runs; growing one by one moved them all
  }

  void read(pugi::xml_node p) {
    traverse(
        p, [this](pugi::xml_node node) { return enter(node); },
        [this](pugi::xml_node node) { leave(node); });
  }

  Inlines finish(bool& bold) {
    // A space between two pieces of the same formatting takes that formatting, so that
    // "**What** **next?**" split over runs reads as one bold stretch.
    for (std::size_t i = 1; i + 1 < pieces_.size(); ++i) {
      if (!is_blank_text(pieces_[i])) continue;
      const Format& before = pieces_[i - 1].format;
      const Format& after = pieces_[i + 1].format;
      if (before.bold == after.bold && before.italic == after.italic &&
          before.strike == after.strike) {
        pieces_[i].format.bold = before.bold;
        pieces_[i].format.italic = before.italic;
        pieces_[i].format.strike = before.strike;
      }
    }
    bool any = false;
    bold = true;
    for (const Piece& p : pieces_) {
      if (!p.node.as<Text>() || is_blank(piece_text(p))) continue;
      any = true;
      bold = bold && p.format.bold;
    }
    bold = bold && any;
    Inlines out;
    build(pieces_, 0, out);
    return out;
  }

 private:
  bool w(pugi::xml_node node, std::string_view local) const { return is(node, n_.w, local); }

  Format current_format() const { return formats_.empty() ? Format{} : formats_.back(); }
  int current_link() const { return links_open_.empty() ? -1 : links_open_.back(); }

  void add(Inline node, Format format) {
    if (instruction_fields_ > 0) return;  // a field's instructions are not its text
    pieces_.push_back({format, current_link(), std::move(node)});
  }
  void add_text(std::string text) {
    if (text.empty()) return;
    add(Text{std::move(text)}, current_format());
  }
  // A w:t's text: read where it stands when there is nothing in it to take out.
  void add_text_in_part(std::string_view text) {
    if (text.empty()) return;
    if (clean_start(text) < text.size()) {
      add_text(clean(text, code_));
      return;
    }
    if (instruction_fields_ > 0) return;
    pieces_.push_back({current_format(), current_link(), Text{}, text});
  }

  void open_link(std::optional<std::string> url) {
    int index = current_link();
    if (url && !url->empty()) {
      links_.push_back(std::move(*url));
      index = static_cast<int>(links_.size()) - 1;
    }
    links_open_.push_back(index);
  }

  // A run's formatting: its own properties, else its character style's, else its paragraph
  // style's (as RunProps::merge layers them), picked member by member rather than merged
  // into a copy: this runs for every run of the document.
  Format run_format(pugi::xml_node run) {
    pugi::xml_node rpr = child(run, n_.w, "rPr");
    const RunProps direct = read_run_props(rpr, n_);
    static const RunProps no_style;
    const pugi::xml_node rstyle = child(rpr, n_.w, "rStyle");
    const RunProps& character =
        rstyle ? r_.styles.character(attr(rstyle, n_.w, "val").value()) : no_style;
    auto pick = [&](auto RunProps::*member) -> const auto& {
      if (direct.*member) return direct.*member;
      if (character.*member) return character.*member;
      return run_.*member;
    };
    hidden_ = pick(&RunProps::hidden).value_or(false);
    return {.bold = pick(&RunProps::bold).value_or(false),
            .italic = pick(&RunProps::italic).value_or(false),
            .strike = pick(&RunProps::strike).value_or(false),
            .code = pick(&RunProps::code).value_or(false),
            .vertical = pick(&RunProps::vertical).value_or(0),
            .span = span_of(run, pick(&RunProps::rtl).value_or(false), pick(&RunProps::lang),
                            pick(&RunProps::bidi_lang), pick(&RunProps::east_asian_lang))};
  }

  // Whether a run in `lang` is in another language than the document's. Neither the
  // document's language nor the styles' default (w:val, which Latin text such as digits keeps
  // in a Japanese or Arabic document) is a change. The answers are kept for the whole body.
  bool changes_language(const std::optional<std::string>& lang) {
    if (!lang) return false;
    for (const auto& [known, changes] : r_.language_changes) {
      if (known == *lang) return changes;
    }
    const bool changes = !same_primary_language(*lang, r_.language) &&
                         !same_primary_language(*lang, r_.styles.default_language());
    // A few are kept: a document naming thousands of languages is not searched through them.
    constexpr std::size_t kKeptLanguages = 8;
    if (r_.language_changes.size() < kKeptLanguages)
      r_.language_changes.emplace_back(*lang, changes);
    return changes;
  }

  // A run in another language or direction than the document's. Which of w:lang's three
  // applies depends on the text: w:bidi for a right-to-left run, w:eastAsia for CJK text.
  int span_of(pugi::xml_node run, bool rtl, const std::optional<std::string>& latin,
              const std::optional<std::string>& bidi,
              const std::optional<std::string>& east_asian) {
    const std::optional<std::string>* lang = rtl ? &bidi : &latin;
    bool other_language = changes_language(*lang);
    // The run's text is looked at only where w:eastAsia would tell something else than w:val.
    if (!rtl && east_asian) {
      const bool east_asian_changes =
          east_asian == latin ? other_language : changes_language(east_asian);
      if (east_asian_changes != other_language || (other_language && *east_asian != *latin)) {
        for (pugi::xml_node t = run.first_child(); t; t = t.next_sibling()) {
          if (is(t, n_.w, "t") && holds_east_asian(text_of(t))) {
            lang = &east_asian;
            other_language = east_asian_changes;
            break;
          }
        }
      }
    }
    const bool other_direction = rtl && !para_.bidi.value_or(false);  // else the paragraph's
    if (!other_language && !other_direction) return 0;
    Attributes attributes;
    if (other_language) attributes.language = **lang;
    if (other_direction) attributes.direction = Direction::rtl;
    for (std::size_t i = 0; i < spans_.size(); ++i) {
      if (spans_[i].language == attributes.language && spans_[i].direction == attributes.direction)
        return static_cast<int>(i) + 1;
    }
    spans_.push_back(std::move(attributes));
    return static_cast<int>(spans_.size());
  }

  bool enter(pugi::xml_node node) {
    const char* local = name_under(node, n_.w);
    if (!local) return enter_other(node);
    if (same_name(local, "r")) {
      formats_.push_back(run_format(node));
      if (hidden_) {
        formats_.pop_back();
        return false;
      }
      return true;
    }
    if (same_name(local, "t")) {
      add_text_in_part(text_of(node));
      return false;
    }
    // Properties (read with their run or paragraph) and proofing marks follow nearly every run:
    // they are told apart before the longer list below.
    if (same_name(local, "rPr") || same_name(local, "pPr") || same_name(local, "proofErr"))
      return false;
    if (same_name(local, "tab") || same_name(local, "ptab")) {
      add_text(code_ ? "\t" : " ");
      return false;
    }
    if (same_name(local, "br") || same_name(local, "cr")) {
      const std::string_view type = attr(node, n_.w, "type").value();
      if (type != "page" && type != "column") add(HardBreak{}, current_format());
      return false;
    }
    if (same_name(local, "softHyphen")) {
      add_text("\xC2\xAD");
      return false;
    }
    if (same_name(local, "noBreakHyphen")) {
      add_text("\xE2\x80\x91");
      return false;
    }
    if (same_name(local, "sym")) {
      symbol(node);
      return false;
    }
    if (same_name(local, "instrText")) {
      if (!fields_.empty() && !fields_.back().result) fields_.back().instr += text_of(node);
      return false;
    }
    if (same_name(local, "fldChar")) {
      field_char(attr(node, n_.w, "fldCharType").value());
      return false;
    }
    if (same_name(local, "fldSimple")) {
      open_link(field_link(attr(node, n_.w, "instr").value()));
      return true;
    }
    if (same_name(local, "hyperlink")) {
      open_link(hyperlink(node));
      return true;
    }
    if (same_name(local, "drawing")) {
      drawing(node);
      return false;
    }
    if (same_name(local, "pict") || same_name(local, "object")) {
      picture(node);
      return false;
    }
    if (same_name(local, "footnoteReference") || same_name(local, "endnoteReference")) {
      note_reference(same_name(local, "endnoteReference"), attr(node, n_.w, "id").value());
      return false;
    }
    if (same_name(local, "ins") || same_name(local, "moveTo")) {
      r_.tracked_changes = true;
      return true;
    }
    if (same_name(local, "del") || same_name(local, "moveFrom")) {
      r_.tracked_changes = true;
      return false;
    }
    if (same_name(local, "commentReference") || same_name(local, "commentRangeStart") ||
        same_name(local, "commentRangeEnd")) {
      r_.comments = true;
      return false;
    }
    if (same_name(local, "txbxContent")) {
      r_.text_boxes = true;
      return false;
    }
    // Wrappers whose content is text: smart tags, content controls, custom XML, direction.
    if (same_name(local, "smartTag") || same_name(local, "sdt") || same_name(local, "sdtContent") ||
        same_name(local, "customXml") || same_name(local, "dir") || same_name(local, "bdo") ||
        same_name(local, "ruby") || same_name(local, "rubyBase")) {
      return true;
    }
    return false;  // properties, bookmarks, proofing marks, page-break hints, ruby annotations
  }

  bool enter_other(pugi::xml_node node) {
    if (is(node, n_.mc, "AlternateContent") || is(node, n_.mc, "Choice")) return true;
    if (is(node, n_.m, "oMathPara") || is(node, n_.m, "oMath")) return true;
    if (is(node, n_.m, "t")) {
      add_text_in_part(text_of(node));
      return false;
    }
    if (node.name()[0] && std::string_view(node.name()).starts_with(n_.m)) {
      return !std::string_view(node.name()).ends_with("Pr");  // math structures hold text
    }
    return false;
  }

  void leave(pugi::xml_node node) {
    if (w(node, "r")) {
      if (!formats_.empty()) formats_.pop_back();
    } else if (w(node, "hyperlink") || w(node, "fldSimple")) {
      if (!links_open_.empty()) links_open_.pop_back();
    }
  }

  // Complex fields: begin, instructions, separate, the result shown, end.
  void field_char(std::string_view type) {
    if (type == "begin") {
      fields_.push_back({});
      ++instruction_fields_;
    } else if (type == "separate" && !fields_.empty() && !fields_.back().result) {
      fields_.back().result = true;
      --instruction_fields_;
      if (auto url = field_link(fields_.back().instr)) {
        open_link(std::move(url));
        fields_.back().link = true;
      }
    } else if (type == "end" && !fields_.empty()) {
      if (!fields_.back().result) --instruction_fields_;
      if (fields_.back().link && !links_open_.empty()) links_open_.pop_back();
      fields_.pop_back();
    }
  }

  std::optional<std::string> hyperlink(pugi::xml_node node) {
    const std::string_view id = attr(node, n_.r, "id").value();
    if (id.empty()) return std::nullopt;  // a link to a bookmark: the tree has no anchors
    auto rel = r_.rels.find(id);
    if (rel == r_.rels.end() || !rel->second.external) return std::nullopt;
    std::string url = rel->second.target;
    const std::string_view anchor = attr(node, n_.w, "anchor").value();
    if (!anchor.empty()) url += "#" + std::string(anchor);
    return url;
  }

  void symbol(pugi::xml_node node) {
    const std::string_view font = attr(node, n_.w, "font").value();
    const unsigned long code = std::strtoul(attr(node, n_.w, "char").value(), nullptr, 16);
    if (auto c = symbol_character(font, static_cast<char32_t>(code))) {
      std::string text;
      append_utf8(text, *c);
      add_text(std::move(text));
    } else {
      r_.unknown_symbols = true;
    }
  }

  void note_reference(bool endnote, std::string_view id) {
    auto [found, added] =
        r_.note_numbers.try_emplace({endnote, std::string(id)}, r_.notes.size() + 1);
    if (added) r_.notes.push_back({endnote, std::string(id)});
    const std::size_t number = found->second;
    Format format = current_format();
    format.vertical = 0;
    format.code = false;
    add(note_placeholder(number), format);
  }

  // A DrawingML picture: wp:docPr gives its description, a:blip its part.
  void drawing(pugi::xml_node node) {
    pugi::xml_node doc_pr, blip;
    traverse(
        node,
        [&](pugi::xml_node e) {
          if (!doc_pr && is(e, n_.wp, "docPr")) doc_pr = e;
          if (!blip && is(e, n_.a, "blip")) blip = e;
          if (is(e, n_.w, "txbxContent")) {
            r_.text_boxes = true;
            return false;
          }
          return !is(e, n_.mc, "Fallback");
        },
        [](pugi::xml_node) {});
    if (!blip) return;  // a shape or chart: nothing to show
    std::string id = attr(blip, n_.r, "embed").value();
    if (id.empty()) id = attr(blip, n_.r, "link").value();
    image(id, attr(doc_pr, "", "descr").value(), attr(doc_pr, "", "title").value());
  }

  // A VML picture (older documents, and OLE objects' previews).
  void picture(pugi::xml_node node) {
    pugi::xml_node shape, data;
    traverse(
        node,
        [&](pugi::xml_node e) {
          if (!shape && is(e, n_.v, "shape")) shape = e;
          if (!data && is(e, n_.v, "imagedata")) data = e;
          if (is(e, n_.w, "txbxContent")) {
            r_.text_boxes = true;
            return false;
          }
          return true;
        },
        [](pugi::xml_node) {});
    if (!data) return;
    std::string alt = attr(shape, "", "alt").value();
    image(attr(data, n_.r, "id").value(), alt, attr(data, "o:", "title").value());
  }

  // Reads the picture `part` into the document's resources, once; false (after a warning)
  // when it is missing, not a kind HTML and EPUB show, or past the bound on image data.
  bool keep_picture(const std::string& part, SourcePos pos) {
    std::optional<std::string> bytes = r_.package.read(part);
    if (!bytes) {
      r_.diagnostics.warn("the image '" + part + "' is missing from the package; it was left out",
                          pos);
      return false;
    }
    // The picture types browsers and reading systems show; an SVG here is Word's
    // fallback-less extension picture, which is not checked for safety.
    const std::optional<ImageType> sniffed = sniff_image_type(*bytes);
    if (!sniffed || sniffed->media_type == "image/svg+xml") {
      r_.diagnostics.warn("the image '" + part + "' is " + picture_kind(*bytes) +
                              ", which HTML and EPUB cannot show (only PNG, JPEG, GIF and "
                              "WebP); it was left out",
                          pos);
      return false;
    }
    // Held once, however many times it is placed; the package's own bound on what it
    // inflates to (docx-max-size) normally stops a conversion first.
    if (r_.image_bytes + bytes->size() > r_.max_image_bytes) {
      r_.too_many_images = true;
      return false;
    }
    r_.image_bytes += bytes->size();
    r_.resources.push_back(
        {.name = part, .media_type = sniffed->media_type, .bytes = std::move(*bytes)});
    return true;
  }

  void image(const std::string& id, std::string_view alt, std::string_view title) {
    auto rel = r_.rels.find(id);
    if (rel == r_.rels.end()) return;
    const SourcePos pos{r_.paragraphs, 0};
    const std::string& target = rel->second.target;
    if (!rel->second.external) {
      if (r_.detached) throw NeedsOrder{};
      auto known = r_.images.find(target);
      if (known == r_.images.end())
        known = r_.images.emplace(target, keep_picture(target, pos)).first;
      if (!known->second) return;
    }
    if (target.empty()) return;
    // A linked picture's URL, or the part name that names the picture's resource.
    Image img{.src = target, .title = clean(title, false)};
    const std::string description = collapse_spaces(clean(alt, false));
    if (description.empty()) {
      r_.diagnostics.warn("an image has no alternative text; describe it in Word's Alt Text pane",
                          pos);
    } else {
      img.alt.push_back(Text{description});
    }
    add(std::move(img), current_format());
  }

  // Pieces into inlines: links, then bold, italic, strike and superscript or subscript, each
  // grouping neighbours.
  void build(std::span<Piece> pieces, int level, Inlines& out) {
    auto key = [level](const Piece& p) {
      switch (level) {
        case 0:
          return p.link;
        case 1:
          return static_cast<int>(p.format.bold);
        case 2:
          return static_cast<int>(p.format.italic);
        case 3:
          return static_cast<int>(p.format.strike);
        case 4:
          return p.format.vertical;
        default:
          return p.format.span;
      }
    };
    // Plain text, as most of a paragraph is: no link, emphasis or span to group it by.
    const bool plain = std::all_of(pieces.begin(), pieces.end(), [](const Piece& p) {
      return p.link < 0 && !p.format.bold && !p.format.italic && !p.format.strike &&
             p.format.vertical == 0 && p.format.span == 0;
    });
    if (level == 6 || plain) {
      leaves(pieces, out);
      return;
    }
    for (std::size_t i = 0; i < pieces.size();) {
      std::size_t j = i + 1;
      while (j < pieces.size() && key(pieces[j]) == key(pieces[i])) ++j;
      const auto group = pieces.subspan(i, j - i);
      const int k = key(pieces[i]);
      if (level == 0 && k >= 0) {
        Link link{.url = links_[static_cast<std::size_t>(k)]};
        build(group, 1, link.children);
        out.push_back(std::move(link));
      } else if (level > 0 && k > 0) {
        Inlines children;
        build(group, level + 1, children);
        if (level == 1) out.push_back(Strong{std::move(children)});
        if (level == 2) out.push_back(Emphasis{std::move(children)});
        if (level == 3) out.push_back(Strikethrough{std::move(children)});
        if (level == 4 && k == 1) out.push_back(Superscript{std::move(children)});
        if (level == 4 && k != 1) out.push_back(Subscript{std::move(children)});
        if (level == 5) {
          out.push_back(Span{spans_[static_cast<std::size_t>(k) - 1], std::move(children)});
        }
      } else {
        build(group, level + 1, out);
      }
      i = j;
    }
  }

  void leaves(std::span<Piece> pieces, Inlines& out) {
    // The pieces are not needed after this: their nodes are moved, not copied, and each run
    // of text pieces (code or not) becomes one node, its text put together in room made once.
    out.reserve(out.size() + pieces.size());
    for (std::size_t i = 0; i < pieces.size();) {
      Piece& p = pieces[i];
      Text* first = p.node.as<Text>();
      if (!first) {
        out.push_back(std::move(p.node));
        ++i;
        continue;
      }
      const bool code = p.format.code;
      std::size_t end = i;
      std::size_t bytes = 0;
      for (; end < pieces.size() && pieces[end].node.as<Text>() && pieces[end].format.code == code;
           ++end) {
        bytes += piece_text(pieces[end]).size();
      }
      std::string text;
      if (end == i + 1 && p.in_part.empty()) {
        text = std::move(first->text);
      } else {
        text.reserve(bytes);
        for (std::size_t k = i; k < end; ++k) text += piece_text(pieces[k]);
      }
      if (code) {
        out.push_back(Code{std::move(text)});
      } else {
        out.push_back(Text{std::move(text)});
      }
      i = end;
    }
  }

  struct Field {
    std::string instr;
    bool result = false;
    bool link = false;
  };

  Reading& r_;
  const Names& n_;
  const RunProps& run_;    // the paragraph style's
  const ParaProps& para_;  // the paragraph's, its style's merged with its own
  bool code_;
  bool hidden_ = false;
  std::vector<Piece> pieces_;
  std::vector<Format> formats_;
  std::vector<std::string> links_;
  std::vector<Attributes> spans_;
  std::vector<int> links_open_;
  std::vector<Field> fields_;
  int instruction_fields_ = 0;
};

}  // namespace

Para read_paragraph(pugi::xml_node p, Reading& reading) {
  const Names& n = reading.names;
  pugi::xml_node ppr = child(p, n.w, "pPr");
  // The style is referred to, not copied: only its paragraph properties take the paragraph's.
  const ResolvedStyle& style =
      reading.styles.paragraph(attr(child(ppr, n.w, "pStyle"), n.w, "val").value());
  ParaProps props = style.para;
  props.merge(read_para_props(ppr, n));
  Para para;
  para.pos = {++reading.paragraphs, 0};
  para.kind = props.kind;
  ParagraphReader reader(reading, style.run, props, para.kind == ParaKind::code);
  reader.read(p);
  para.content = reader.finish(para.bold);
  if (para.kind != ParaKind::code) {
    strip_front(para.content, 0);
    trim_back(para.content);
  }
  std::string flat = flat_text(para.content);
  if (const std::string_view trimmed = trim(flat); trimmed.size() == flat.size()) {
    para.text = std::move(flat);
  } else {
    para.text = std::string(trimmed);
  }
  if (props.outline && *props.outline >= 0 && *props.outline <= 8 && para.kind != ParaKind::title &&
      para.kind != ParaKind::subtitle) {
    para.heading = std::min(*props.outline + 1, 6);
  }
  if (props.bidi == true && !reading.rtl) para.direction = Direction::rtl;
  if (props.bidi == false && reading.rtl && reading.default_bidi != false) {
    para.direction = Direction::ltr;
  }
  para.num_id = props.num_id.value_or(0);
  para.ilvl = std::clamp(props.ilvl.value_or(0), 0, 8);
  if (para.heading == 0 && para.kind == ParaKind::normal) {
    para.list = reading.numbering.level(para.num_id, para.ilvl);
  }
  return para;
}

bool is_empty(const Para& para) {
  if (!para.text.empty()) return false;
  for (const Inline& node : para.content) {
    if (node.kind() == InlineKind::image || node.kind() == InlineKind::link) return false;
  }
  return true;
}

bool container(pugi::xml_node node, const Names& n) {
  return is(node, n.w, "sdt") || is(node, n.w, "sdtContent") || is(node, n.w, "customXml") ||
         is(node, n.w, "ins") || is(node, n.w, "moveTo");
}

void read_body_elements(pugi::xml_node first, pugi::xml_node end, Reading& reading,
                        std::vector<Item>& items, std::uint32_t& blanks) {
  const Names& n = reading.names;
  // Whether to read the element's children as the body's own (a container).
  auto visit = [&](pugi::xml_node node) {
    if (is(node, n.w, "p")) {
      Para para = read_paragraph(node, reading);
      if (is_empty(para)) {
        ++blanks;
      } else {
        items.push_back({.para = std::move(para), .blanks_before = blanks});
        blanks = 1;
      }
      return false;
    }
    if (is(node, n.w, "tbl")) {
      Item item = read_table(node, reading);
      if (!item.table) return false;  // nothing in it
      item.blanks_before = blanks;
      blanks = 1;
      items.push_back(std::move(item));
      return false;
    }
    if (is(node, n.w, "del") || is(node, n.w, "moveFrom")) {
      reading.tracked_changes = true;
      return false;
    }
    if (is(node, n.w, "altChunk")) reading.embedded_documents = true;
    if (is(node, n.w, "ins") || is(node, n.w, "moveTo")) reading.tracked_changes = true;
    return container(node, n);
  };
  for (pugi::xml_node node = first; node && node != end; node = node.next_sibling()) {
    if (node.type() == pugi::node_element && visit(node)) {
      traverse(node, visit, [](pugi::xml_node) {});
    }
  }
}

std::vector<Item> read_body(pugi::xml_node body, Reading& reading) {
  std::vector<Item> items;
  std::uint32_t blanks = 1;
  read_body_elements(body.first_child(), {}, reading, items, blanks);
  return items;
}

}  // namespace govtech::docx
