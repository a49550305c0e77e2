#include "smart_punctuation.hpp"

#include <string>
#include <vector>

#include "govtech/ast.hpp"
#include "govtech/text.hpp"
#include "govtech/walk.hpp"
#include "inline_syntax.hpp"

namespace govtech::markdown {

namespace {

constexpr std::string_view kApostrophe = "\u2019";
constexpr std::string_view kEnDash = "\u2013";
constexpr std::string_view kEmDash = "\u2014";
constexpr std::string_view kEllipsis = "\u2026";

// Quotations open at once, at most: a pair makes one more level of nesting.
constexpr std::size_t kMaxOpenQuotes = 16;

// What sits on one side of a quote mark.
enum class Side { none, space, opening, word };

Side side_of(char c) {
  switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
      return Side::space;
    case '(':
    case '[':
    case '{':
    case '-':
    case '/':
      return Side::opening;
    default:
      return Side::word;  // letters, digits, other punctuation, any byte of a non-ASCII character
  }
}

bool is_punctuation(char c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' ||
         c == ']' || c == '}' || c == '-';
}

bool is_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

// `--`, `---` and `...` in one piece of text.
std::string dashes_and_ellipses(std::string text) {
  if (text.find("--") == std::string::npos && text.find("...") == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t next = find_any_of(text, "-.", i);
    if (next == std::string::npos) {
      out.append(text, i, std::string::npos);
      break;
    }
    out.append(text, i, next - i);
    i = next;
    if (text[i] == '-' && i + 1 < text.size() && text[i + 1] == '-') {
      std::size_t run = 0;
      while (i + run < text.size() && text[i + run] == '-') ++run;
      // A run of dashes: em dashes by three, then an en dash for two left over (or a
      // hyphen for one), as ---- reads "—-".
      std::size_t left = run;
      while (left >= 3) {
        out += kEmDash;
        left -= 3;
      }
      if (left == 2) out += kEnDash;
      if (left == 1) out += '-';
      i += run;
    } else if (text.compare(i, 3, "...") == 0) {
      out += kEllipsis;
      i += 3;
    } else {
      out += text[i++];
    }
  }
  return out;
}

struct OpenQuote {
  std::size_t at;  // index in out of the Text holding the straight mark
  QuoteKind kind;
};

// Pairs the quote marks of one sequence, left to right, with a stack of open quotations.
class Pairing {
 public:
  Inlines run(Inlines input) {
    for (std::size_t i = 0; i < input.size(); ++i) {
      if (Text* text = input[i].as<Text>()) {
        next_after_ = next_side(input, i);
        scan(dashes_and_ellipses(std::move(text->text)));
      } else {
        flush();
        const InlineKind kind = input[i].kind();
        before_ = kind == InlineKind::soft_break || kind == InlineKind::hard_break ? Side::space
                                                                                   : Side::word;
        out_.push_back(std::move(input[i]));
      }
    }
    flush();
    // A single mark never closed was an apostrophe ('90s, 'tis); a double one stays straight.
    for (const OpenQuote& open : open_) {
      if (open.kind == QuoteKind::single_quote)
        *out_[open.at].as<Text>() = Text{std::string(kApostrophe)};
    }
    merge_adjacent_text(out_);
    return std::move(out_);
  }

 private:
  // What follows the text at `i`: the start of the next node.
  static Side next_side(const Inlines& input, std::size_t i) {
    if (i + 1 >= input.size()) return Side::none;
    if (const Text* text = input[i + 1].as<Text>()) {
      return text->text.empty() ? Side::none : side_of(text->text.front());
    }
    const InlineKind kind = input[i + 1].kind();
    return kind == InlineKind::soft_break || kind == InlineKind::hard_break ? Side::space
                                                                            : Side::word;
  }

  void scan(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      const std::size_t mark_at = find_any_of(text, "\"'", i);
      if (mark_at != i) {
        // The run up to the next mark goes over whole; its last character is what comes
        // before that mark.
        const std::size_t end = mark_at == std::string::npos ? text.size() : mark_at;
        pending_.append(text, i, end - i);
        before_ = side_of(text[end - 1]);
        before_char_ = text[end - 1];
        if (mark_at == std::string::npos) return;
        i = mark_at;
      }
      const char c = text[i];
      const Side after = i + 1 < text.size() ? side_of(text[i + 1]) : next_after_;
      const char after_char = i + 1 < text.size() ? text[i + 1] : '\0';
      mark(c == '"' ? QuoteKind::double_quote : QuoteKind::single_quote, after, after_char);
    }
  }

  void mark(QuoteKind kind, Side after, char after_char) {
    const bool word_before = before_ == Side::word;
    const bool word_after = after == Side::word && !is_punctuation(after_char);
    const bool single = kind == QuoteKind::single_quote;
    // Inside a word (don't, l'État), and before a year cut short ('90s), a single mark is an
    // apostrophe.
    const bool digit_after = after_char >= '0' && after_char <= '9';
    if (single &&
        ((word_before && is_alnum(before_char_) && word_after) || (!word_before && digit_after))) {
      apostrophe();
      return;
    }
    const bool can_close = word_before || before_ == Side::opening;
    const bool can_open = !word_before && after != Side::space && after != Side::none;
    if (can_close && !word_after) {
      for (std::size_t k = open_.size(); k-- > 0;) {
        if (open_[k].kind != kind) continue;
        close(k);
        return;
      }
    }
    if (can_open && open_.size() < kMaxOpenQuotes) {
      flush();
      open_.push_back({out_.size(), kind});
      out_.push_back(Text{single ? "'" : "\""});
      before_ = Side::opening;
      before_char_ = '\0';
      return;
    }
    if (single && word_before) {
      apostrophe();  // the students' work
      return;
    }
    pending_ += single ? '\'' : '"';
    before_ = Side::word;
    before_char_ = single ? '\'' : '"';
  }

  void apostrophe() {
    pending_ += kApostrophe;
    before_ = Side::word;
    before_char_ = 'a';
  }

  // Closes the quotation open at `k`; any opened inside it and not closed stay marks.
  void close(std::size_t k) {
    flush();
    const OpenQuote open = open_[k];
    for (std::size_t j = k + 1; j < open_.size(); ++j) {
      if (open_[j].kind == QuoteKind::single_quote)
        *out_[open_[j].at].as<Text>() = Text{std::string(kApostrophe)};
    }
    open_.resize(k);
    Inlines children(std::make_move_iterator(out_.begin() + static_cast<long>(open.at) + 1),
                     std::make_move_iterator(out_.end()));
    out_.erase(out_.begin() + static_cast<long>(open.at), out_.end());
    merge_adjacent_text(children);
    out_.push_back(Quoted{open.kind, std::move(children)});
    before_ = Side::word;
    before_char_ = '"';
  }

  void flush() {
    if (pending_.empty()) return;
    out_.push_back(Text{std::move(pending_)});
    pending_.clear();
  }

  Inlines out_;
  std::string pending_;
  std::vector<OpenQuote> open_;
  Side before_ = Side::none;
  char before_char_ = '\0';
  Side next_after_ = Side::none;
};

// An autolink shows its URL as its text: that text is an address, not prose.
bool shows_its_url(const Link& link) {
  if (link.children.size() != 1) return false;
  const Text* text = link.children.front().as<Text>();
  return text && (text->text == link.url || "mailto:" + text->text == link.url);
}

bool needs_work(const Inlines& inlines) {
  for (const Inline& node : inlines) {
    const Text* text = node.as<Text>();
    if (!text) continue;
    // One pass: every mark smart punctuation changes starts with one of these.
    const std::string& s = text->text;
    for (std::size_t at = find_any_of(s, "\"'-."); at != std::string::npos;
         at = find_any_of(s, "\"'-.", at + 1)) {
      const char c = s[at];
      if (c == '"' || c == '\'' || (at + 1 < s.size() && s[at + 1] == c)) return true;
    }
  }
  return false;
}

}  // namespace

void smarten(Inlines& inlines) {
  for (Inline& node : inlines) {
    if (const Link* link = node.as<Link>(); link && shows_its_url(*link)) continue;
    if (Inlines* children = child_inlines(node)) smarten(*children);
    if (Note* note = node.as<Note>()) smarten(note->blocks);
  }
  if (!needs_work(inlines)) return;
  inlines = Pairing().run(std::move(inlines));
}

void smarten(Blocks& blocks) {
  for_each_block_inlines(blocks, [](Inlines& inlines, SourcePos) { smarten(inlines); });
}

}  // namespace govtech::markdown
