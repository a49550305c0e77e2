#include "raw_html_nesting.hpp"

#include <algorithm>
#include <vector>

#include "govtech/text.hpp"
#include "raw_html_elements.hpp"

namespace govtech::markdown {

namespace {

bool ends_name(char c) {
  return c == '>' || c == '/' || is_html_space(c);
}

// Elements the parser closes by itself when a sibling starts, and void elements.
bool adds_no_depth(std::string_view name) {
  return one_of(
      name,
      {"p",     "li",    "dt",    "dd",       "option", "optgroup", "tr",   "td",     "th",
       "thead", "tbody", "tfoot", "colgroup", "rb",     "rt",       "rp",   "rtc",    "html",
       "head",  "body",  "br",    "img",      "hr",     "input",    "meta", "link",   "area",
       "base",  "col",   "embed", "param",    "source", "track",    "wbr",  "keygen", "image"});
}

// The parser keeps these in its list of active formatting elements and reopens them after
// an end tag that closed them implicitly, so they are open until their own end tag.
bool is_formatting(std::string_view name) {
  return one_of(name, {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike",
                       "strong", "tt", "u"});
}

// Elements whose content is text up to their own end tag, never tags.
bool is_raw_text(std::string_view name) {
  return one_of(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                       "noframes", "plaintext"});
}

// Removes the last `name` of `open`; false when it holds none.
bool close_last(std::vector<std::string>& open, std::string_view name) {
  const auto found = std::find(open.rbegin(), open.rend(), name);
  if (found == open.rend()) return false;
  open.erase(std::next(found).base(), open.end());
  return true;
}

class Capper {
 public:
  Capper(std::string_view html, std::size_t limit) : html_(html), limit_(limit) {}

  std::optional<std::string> run() {
    std::size_t at = 0;
    while ((at = html_.find('<', at)) != std::string_view::npos) at = tag(at);
    if (!changed_) return std::nullopt;
    out_ += html_.substr(copied_);
    return std::move(out_);
  }

 private:
  // Reads the markup at `at` (a '<'); returns where to look next.
  std::size_t tag(std::size_t at) {
    const std::string_view rest = html_.substr(at);
    if (rest.starts_with("<!--")) return after(html_.find("-->", at + 4), 3);
    if (rest.starts_with("<!") || rest.starts_with("<?")) return after(html_.find('>', at), 1);
    const bool closing = rest.starts_with("</");
    const std::size_t name_at = closing ? 2 : 1;
    if (rest.size() <= name_at || !is_ascii_letter(rest[name_at])) return at + 1;
    std::size_t name_end = name_at;
    while (name_end < rest.size() && !ends_name(rest[name_end])) ++name_end;
    const std::string name = ascii_lower(rest.substr(name_at, name_end - name_at));
    const std::size_t end = tag_end(html_, at + name_end);
    if (end == std::string_view::npos) return html_.size();
    if (closing) {
      end_tag(name, at, end);
    } else if (is_raw_text(name)) {
      return raw_text_end(name, end);
    } else {
      start_tag(name, at, end);
    }
    return end;
  }

  void start_tag(const std::string& name, std::size_t from, std::size_t to) {
    if (adds_no_depth(name)) return;
    if (open_.size() + formatting_.size() + beyond_ >= limit_) {
      ++beyond_;
      blank(from, to);
    } else {
      (is_formatting(name) ? formatting_ : open_).push_back(name);
    }
  }

  void end_tag(const std::string& name, std::size_t from, std::size_t to) {
    if (adds_no_depth(name)) return;
    if (beyond_ > 0) {
      --beyond_;
      blank(from, to);
      return;
    }
    // A stray end tag closes nothing, as in the parser.
    if (!close_last(is_formatting(name) ? formatting_ : open_, name)) return;
  }

  std::size_t raw_text_end(const std::string& name, std::size_t at) const {
    if (name == "plaintext") return html_.size();
    while ((at = html_.find("</", at)) != std::string_view::npos) {
      if (ascii_lower(html_.substr(at + 2, name.size())) == name) return at;
      at += 2;
    }
    return html_.size();
  }

  std::size_t after(std::size_t found, std::size_t length) const {
    return found == std::string_view::npos ? html_.size() : found + length;
  }

  void blank(std::size_t from, std::size_t to) {
    out_ += html_.substr(copied_, from - copied_);
    const auto lines = std::count(html_.begin() + from, html_.begin() + to, '\n');
    if (lines == 0) {
      out_ += ' ';
    } else {
      out_.append(static_cast<std::size_t>(lines), '\n');
    }
    copied_ = to;
    changed_ = true;
  }

  std::string_view html_;
  std::size_t limit_;
  std::vector<std::string> open_;
  std::vector<std::string> formatting_;
  std::size_t beyond_ = 0;  // start tags blanked and not yet closed
  std::string out_;
  std::size_t copied_ = 0;
  bool changed_ = false;
};

}  // namespace

std::optional<std::string> cap_nesting(std::string_view html, std::size_t limit) {
  return Capper(html, limit).run();
}

}  // namespace govtech::markdown
