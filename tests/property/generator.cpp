#include "generator.hpp"

#include <algorithm>
#include <array>
#include <random>
#include <set>

namespace govtech::property {

namespace {

// Letters only, so that smart punctuation, escaping and case cannot change them; none is a
// name of markup, a JSON key or a CSS property, so that finding one proves the text is there.
constexpr std::array kWords = {
    "amber",  "basalt",  "cobalt",  "dune",    "ember",   "fjord",   "garnet", "heron",
    "indigo", "juniper", "kestrel", "lagoon",  "marram",  "nettle",  "osprey", "pumice",
    "quartz", "raven",   "saffron", "tundra",  "umber",   "violet",  "walnut", "yarrow",
    "zephyr", "alder",   "bramble", "cinder",  "delta",   "estuary", "fennel", "glacier",
    "hazel",  "islet",   "jasper",  "kelp",    "larch",   "moraine", "nutmeg", "orchard",
    "pebble", "quince",  "rowan",   "sorrel",  "thistle", "upland",  "vetch",  "willow",
    "almond", "birch",   "clover",  "drizzle", "elm",     "flint",   "gorse",  "heather",
    "ivy",    "lichen",  "meadow",  "oak",     "plover",  "reed",    "sedge",  "teal"};

const std::vector<std::string> kImages = {"pixel-a.png", "pixel-b.png", "pixel-c.png"};

class Writer {
 public:
  Writer(std::uint64_t seed, unsigned index) : rng_(seed * 1000003u + index) {}

  GeneratedDocument document(const std::string& name) {
    GeneratedDocument doc;
    doc.name = name;
    std::string& md = doc.markdown;
    // A third of the documents have a title, a third a top heading, a third neither (the
    // page's title then comes from the file name).
    switch (pick(3)) {
      case 0:
        note("front matter");
        md += "---\ntitle: " + words(2, 4) + "\nauthor: Jane Roe\nlang: en\n---\n\n";
        break;
      case 1:
        note("top heading");
        md += "# " + words(1, 4) + "\n\n";
        break;
      default:
        note("no title");
        break;
    }
    const unsigned blocks = 3 + pick(10);
    for (unsigned i = 0; i < blocks; ++i) md += block() + "\n";
    for (const auto& definition : references_) md += definition + "\n";
    if (!references_.empty()) md += "\n";
    for (const auto& definition : footnotes_) md += definition + "\n\n";
    doc.words.assign(used_.begin(), used_.end());
    doc.constructs = std::move(constructs_);
    return doc;
  }

 private:
  unsigned pick(unsigned n) { return static_cast<unsigned>(rng_() % n); }
  bool chance(unsigned one_in) { return pick(one_in) == 0; }
  void note(const std::string& construct) { constructs_.push_back(construct); }

  std::string word() {
    std::string w = kWords[pick(kWords.size())];
    used_.insert(w);
    return w;
  }
  std::string words(unsigned least, unsigned most) {
    std::string out = word();
    for (unsigned n = least + pick(most - least + 1); n > 1; --n) out += " " + word();
    return out;
  }

  // A run of inline content that starts with plain words, so that it never opens a block
  // and never looks like an interview's label.
  std::string inlines() {
    std::string out = words(1, 4);
    for (unsigned n = pick(4); n > 0; --n) out += " " + inline_piece() + " " + words(1, 3);
    return out;
  }

  std::string inline_piece() {
    switch (pick(24)) {
      case 0:
        note("emphasis");
        return "*" + words(1, 3) + "*";
      case 1:
        note("strong");
        return "**" + words(1, 3) + "**";
      case 2:
        note("code span");
        return "`" + words(1, 3) + "`";
      case 3:
        note("strikethrough");
        return "~~" + words(1, 3) + "~~";
      case 4:
        note("superscript");
        return word() + "^" + word() + "^";
      case 5:
        note("subscript");
        return word() + "~" + word() + "~";
      case 6:
        note("link");
        return "[" + words(1, 3) + "](https://example.org/" + kWords[pick(kWords.size())] + ")";
      case 7: {
        note("reference link");
        const std::string label = "ref" + std::to_string(references_.size() + 1);
        references_.push_back("[" + label + "]: https://example.org/" + label + " \"Ref\"");
        return "[" + words(1, 3) + "][" + label + "]";
      }
      case 8:
        note("autolink");
        return "<https://example.org/auto>";
      case 9:
        note("hard break");
        return words(1, 2) + "\\\n" + words(1, 2);
      case 10: {
        if (in_note_) return words(1, 2);  // a note within a note is not asked of the reader
        note("footnote");
        const std::string label = "n" + std::to_string(footnotes_.size() + 1);
        in_note_ = true;
        std::string definition = "[^" + label + "]: " + inlines() + ".";
        if (chance(2)) {
          note("multi-paragraph footnote");
          definition += "\n\n    " + inlines() + ".";
        }
        in_note_ = false;
        footnotes_.push_back(definition);
        return word() + "[^" + label + "]";
      }
      case 11:
        if (in_note_) return words(1, 2);
        note("inline note");
        return word() + "^[" + words(1, 4) + "]";
      case 12:
        note("bracketed span");
        return "[" + words(1, 3) + "]{lang=fr}";
      case 13:
        if (ids_.empty()) return words(1, 2);
        note("internal link");
        return "[" + words(1, 3) + "](#" + ids_[pick(ids_.size())] + ")";
      case 14:
        note("double quotes");
        return "\"" + words(1, 3) + "\"";
      case 15:
        note("single quotes");
        return "'" + words(1, 3) + "'";
      case 16:
        note("dashes");
        return word() + (chance(2) ? " -- " : " --- ") + word();
      case 17:
        note("ellipsis and apostrophe");
        return word() + "... don't";
      case 18: {
        note("inline HTML");
        static const std::array<const char*, 5> tags = {"b", "i", "sup", "sub", "kbd"};
        const std::string tag = tags[pick(tags.size())];
        return "<" + tag + ">" + words(1, 2) + "</" + tag + ">";
      }
      case 19:
        note("abbr");
        return "<abbr title=\"An abbreviation\">" + word() + "</abbr>";
      case 20:
        note("span lang");
        return "<span lang=\"fr\">" + words(1, 2) + "</span>";
      case 21:
        note("br");
        return word() + "<br>" + word();
      case 22:
        note("inline image");
        return "![picture](" + kImages[pick(kImages.size())] + ")";
      default:
        return words(1, 3);
    }
  }

  std::string block() {
    const std::string previous = previous_;
    switch (pick(18)) {
      case 0: {
        note("heading");
        previous_ = "heading";
        std::string line = std::string(chance(3) && headings_ ? "###" : "##") + " " + words(1, 4);
        ++headings_;
        if (chance(2)) {
          note("heading attributes");
          ids_.push_back("sec-" + std::to_string(headings_));
          line += " {#" + ids_.back() + " .part}";
        }
        return line + "\n";
      }
      case 1: {
        note("fenced code");
        previous_ = "code";
        return "```text\n" + words(1, 5) + "\n" + words(1, 5) + "\n```\n";
      }
      case 2:
        // An indented line after a list or a note would continue it instead.
        if (previous != "paragraph" && previous != "heading") return paragraph();
        note("indented code");
        previous_ = "code";
        return "    " + words(1, 5) + "\n    " + words(1, 5) + "\n";
      case 3:
        note("block quote");
        previous_ = "quote";
        return "> " + inlines() + "\n";
      case 4:
        return list("bullet list", [](unsigned) { return std::string("- "); });
      case 5:
        return list("ordered list", [](unsigned i) { return std::to_string(i + 1) + ". "; });
      case 6:
        return list("task list",
                    [this](unsigned) { return std::string(chance(2) ? "- [ ] " : "- [x] "); });
      case 7: {
        note("table");
        previous_ = "table";
        const unsigned columns = 2 + pick(3);
        std::string header = "|", rule = "|";
        for (unsigned c = 0; c < columns; ++c) header += " " + words(1, 2) + " |", rule += "---|";
        std::string table = header + "\n" + rule + "\n";
        for (unsigned r = 1 + pick(3); r > 0; --r) {
          table += "|";
          for (unsigned c = 0; c < columns; ++c) table += " " + words(1, 3) + " |";
          table += "\n";
        }
        return table;
      }
      case 8:
        note("thematic break");
        previous_ = "break";
        return "***\n";
      case 9: {
        note("figure");
        previous_ = "figure";
        const std::string& image = kImages[pick(kImages.size())];
        if (chance(2)) return "![picture](" + image + " \"" + words(1, 4) + "\")\n";
        note("caption on the next line");
        return "![picture](" + image + ")\n" + words(1, 4) + "\n";
      }
      case 10: {
        note("definition list");
        previous_ = "definitions";
        return words(1, 2) + "\n: " + inlines() + "\n";
      }
      case 11: {
        note("line block");
        previous_ = "line block";
        std::string lines;
        for (unsigned n = 2 + pick(3); n > 0; --n) lines += "| " + words(1, 4) + "\n";
        return lines;
      }
      case 12: {
        note("HTML division");
        previous_ = "html";
        return "<div lang=\"fr\">\n\n" + inlines() + "\n\n</div>\n";
      }
      case 13: {
        note("script");
        previous_ = "html";
        return "<script>var count = 1;</script>\n";
      }
      default:
        return paragraph();
    }
  }

  std::string paragraph() {
    note("paragraph");
    previous_ = "paragraph";
    return inlines() + "\n";
  }

  template <typename Marker>
  std::string list(const std::string& kind, Marker marker) {
    note(kind);
    previous_ = "list";
    std::string out;
    for (unsigned i = 0, n = 2 + pick(3); i < n; ++i) out += marker(i) + inlines() + "\n";
    return out;
  }

  std::mt19937_64 rng_;
  std::set<std::string> used_;
  std::vector<std::string> constructs_;
  std::vector<std::string> references_;
  std::vector<std::string> footnotes_;
  std::vector<std::string> ids_;
  unsigned headings_ = 0;
  bool in_note_ = false;
  std::string previous_;
};

}  // namespace

const std::vector<std::string>& image_names() {
  return kImages;
}

GeneratedDocument generate_document(std::uint64_t seed, unsigned index) {
  std::string number = std::to_string(index + 1);
  number.insert(0, number.size() < 3 ? 3 - number.size() : 0, '0');
  return Writer(seed, index).document("doc-" + number + ".md");
}

std::string describe(std::uint64_t seed, const GeneratedDocument& doc) {
  std::string out = "seed " + std::to_string(seed) + ", " + doc.name + ":";
  for (std::size_t i = 0; i < doc.constructs.size(); ++i) {
    out += (i ? ", " : " ") + doc.constructs[i];
  }
  return out;
}

}  // namespace govtech::property
