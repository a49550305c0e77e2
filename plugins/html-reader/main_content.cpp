#include "main_content.hpp"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>

#include "dom.hpp"
#include "styles.hpp"

namespace html_reader {

namespace {

using Nodes = std::vector<const GumboNode*>;

struct Hint {
  std::string_view word;
  const char* reason;
  bool strong;  // drops even a container whose name also says "content"
};

// Words in class names and ids that mark page chrome. A strong hint drops the container
// whatever else its name says; a weak one ("sidebar", "footer") yields to "content",
// "article", "main" and the like in the same name.
constexpr Hint kChromeHints[] = {
    {"comment", "comments", true},
    {"disqus", "comments", true},
    {"cookie", "a cookie notice", true},
    {"consent", "a cookie notice", true},
    {"gdpr", "a cookie notice", true},
    {"share", "share buttons", true},
    {"sharing", "share buttons", true},
    {"social", "share buttons", false},
    {"related", "related articles", true},
    {"recommend", "related articles", true},
    {"read-next", "related articles", true},
    {"more-stories", "related articles", true},
    {"outbrain", "related articles", true},
    {"taboola", "related articles", true},
    {"newsletter", "a newsletter sign-up", true},
    {"subscribe", "a newsletter sign-up", true},
    {"signup", "a newsletter sign-up", true},
    {"sign-up", "a newsletter sign-up", true},
    {"promo", "an advertisement", true},
    {"sponsor", "an advertisement", true},
    {"advert", "an advertisement", true},
    {"paywall", "an advertisement", true},
    {"popup", "a pop-up", true},
    {"modal", "a pop-up", true},
    {"sidebar", "a sidebar", false},
    {"widget", "a sidebar", false},
    {"menu", "navigation", false},
    {"breadcrumb", "navigation", false},
    {"navbar", "navigation", false},
    {"pagination", "navigation", false},
    {"skip-link", "navigation", false},
    {"masthead", "the site header", false},
    {"site-header", "the site header", false},
    {"footer", "the site footer", false},
    {"banner", "a banner", false},
};

constexpr std::string_view kContentWords[] = {"article", "body",  "content", "entry",
                                              "main",    "story", "text",    "post"};

bool is_ad_token(std::string_view token) {
  return token == "ad" || token == "ads" || token == "adv" || token.starts_with("ad-") ||
         token.starts_with("ads-") || token.starts_with("ad_") || token.ends_with("-ad") ||
         token.ends_with("-ads");
}

// Why the class or id of `node` names it as chrome, or null.
const char* chrome_reason(const GumboNode* node) {
  const std::string names = class_and_id(node);
  if (names.size() <= 1) return nullptr;
  bool content_word = false;
  for (std::string_view word : kContentWords) {
    content_word = content_word || names.find(word) != std::string::npos;
  }
  for (const Hint& hint : kChromeHints) {
    if (names.find(hint.word) != std::string::npos && (hint.strong || !content_word)) {
      return hint.reason;
    }
  }
  std::size_t at = 0;
  while (at < names.size()) {
    const std::size_t start = names.find_first_not_of(' ', at);
    if (start == std::string::npos) break;
    std::size_t end = names.find(' ', start);
    if (end == std::string::npos) end = names.size();
    if (is_ad_token(std::string_view(names).substr(start, end - start))) return "an advertisement";
    at = end;
  }
  return nullptr;
}

int class_weight(const GumboNode* node) {
  const std::string names = class_and_id(node);
  int weight = 0;
  for (std::string_view word : kContentWords) {
    if (names.find(word) != std::string::npos) {
      weight += 25;
      break;
    }
  }
  if (chrome_reason(node)) weight -= 25;
  return weight;
}

bool is_container_for_hints(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_P:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SPAN:
      return true;
    default:
      return false;
  }
}

const char* role_reason(const GumboNode* node) {
  const std::string role = ascii_lower(attribute_or(node, "role"));
  if (role == "navigation" || role == "menu" || role == "menubar" || role == "search")
    return "navigation";
  if (role == "complementary") return "a sidebar";
  if (role == "dialog" || role == "alertdialog") return "a pop-up";
  return nullptr;
}

std::string describe(const GumboNode* node) {
  std::string out = "<" + tag_name(node);
  if (const char* id = attribute(node, "id")) out += std::string(" id=\"") + id + "\"";
  if (const char* cls = attribute(node, "class")) {
    std::string c = cls;
    if (c.size() > 40) c = c.substr(0, 40) + "...";
    out += " class=\"" + c + "\"";
  }
  return out + ">";
}

// The length of the text under `node` that is kept, and how much of it is inside links.
struct TextMeasure {
  std::size_t text = 0;
  std::size_t linked = 0;
};

class Measurer {
 public:
  explicit Measurer(const std::unordered_set<const GumboNode*>& dropped) : dropped_(dropped) {}

  TextMeasure of(const GumboNode* node) {
    TextMeasure m;
    std::vector<std::pair<const GumboNode*, bool>> work{{node, false}};
    while (!work.empty()) {
      auto [n, in_link] = work.back();
      work.pop_back();
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA) {
        std::size_t length = 0;
        for (const char* c = n->v.text.text; *c; ++c) {
          if (*c != ' ' && *c != '\n' && *c != '\t') ++length;
        }
        m.text += length;
        if (in_link) m.linked += length;
        continue;
      }
      if (!is_element(n) || dropped_.count(n)) continue;
      const bool link = in_link || has_tag(n, GUMBO_TAG_A);
      const GumboVector* kids = children(n);
      for (unsigned i = 0; i < kids->length; ++i) work.emplace_back(child(kids, i), link);
    }
    return m;
  }

 private:
  const std::unordered_set<const GumboNode*>& dropped_;
};

std::size_t count_commas(const std::string& text) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',') ++n;
    // The ideographic and fullwidth commas: U+3001, U+FF0C.
    if (text.compare(i, 3, "\xE3\x80\x81") == 0 || text.compare(i, 3, "\xEF\xBC\x8C") == 0) ++n;
  }
  return n;
}

int tag_weight(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

// The densest element: Readability's scoring, without recursion.
Nodes densest(const GumboNode* body, const std::unordered_set<const GumboNode*>& dropped,
              std::vector<std::string>& notes) {
  Measurer measure(dropped);
  std::unordered_map<const GumboNode*, double> scores;
  auto score_of = [&](const GumboNode* node) -> double& {
    auto found = scores.find(node);
    if (found != scores.end()) return found->second;
    return scores[node] = tag_weight(node->v.element.tag) + class_weight(node);
  };
  Nodes work{body};
  while (!work.empty()) {
    const GumboNode* n = work.back();
    work.pop_back();
    if (!is_element(n) || dropped.count(n)) continue;
    const GumboTag tag = n->v.element.tag;
    const bool paragraph_like = tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TD ||
                                tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_DD;
    const GumboVector* kids = children(n);
    if (paragraph_like) {
      const std::string text = text_content(n);
      const TextMeasure m = measure.of(n);
      if (m.text >= 25 && n->parent && is_element(n->parent)) {
        const double points =
            1.0 + static_cast<double>(count_commas(text)) + std::min<double>(m.text / 100, 3);
        const GumboNode* ancestor = n->parent;
        for (int level = 1; level <= 3 && ancestor && is_element(ancestor); ++level) {
          score_of(ancestor) += points / level;
          ancestor = ancestor->parent;
        }
      }
      if (tag != GUMBO_TAG_TD) continue;
    }
    for (unsigned i = 0; i < kids->length; ++i) work.push_back(child(kids, i));
  }
  const GumboNode* top = nullptr;
  double best = 0;
  std::unordered_map<const GumboNode*, double> final_scores;
  for (auto& [node, score] : scores) {
    const TextMeasure m = measure.of(node);
    const double density = m.text ? static_cast<double>(m.linked) / m.text : 0;
    const double final_score = score * (1 - density);
    final_scores[node] = final_score;
    if (!top || final_score > best ||
        (final_score == best && node->index_within_parent < top->index_within_parent)) {
      top = node;
      best = final_score;
    }
  }
  if (!top || best <= 0) {
    notes.push_back("no element stands out as the main content; reading the whole <body>");
    return {body};
  }
  notes.push_back("main content: " + describe(top) + ", the element where the text is densest");
  Nodes roots;
  const GumboNode* parent = top->parent;
  if (!parent || !is_element(parent)) return {top};
  const double threshold = std::max(10.0, best * 0.2);
  const GumboVector* siblings = children(parent);
  for (unsigned i = 0; i < siblings->length; ++i) {
    const GumboNode* s = child(siblings, i);
    if (s == top) {
      roots.push_back(s);
      continue;
    }
    if (!is_element(s) || dropped.count(s)) continue;
    auto found = final_scores.find(s);
    bool keep = found != final_scores.end() && found->second >= threshold;
    if (!keep && has_tag(s, GUMBO_TAG_P)) {
      const TextMeasure m = measure.of(s);
      keep = m.text > 80 && m.linked * 4 < m.text;
    }
    if (keep) roots.push_back(s);
  }
  return roots;
}

}  // namespace

bool is_never_content(const GumboNode* element) {
  switch (element->v.element.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
      return true;
    default:
      return false;
  }
}

MainContent find_main_content(const GumboNode* html, const ClassStyles& styles) {
  MainContent found;
  const GumboNode* body = nullptr;
  if (const GumboVector* kids = children(html)) {
    for (unsigned i = 0; i < kids->length; ++i) {
      if (has_tag(child(kids, i), GUMBO_TAG_BODY)) body = child(kids, i);
    }
  }
  if (!body) body = html;

  // The <article>s and <main>s, and every element that holds one: chrome hints never drop
  // those.
  Nodes articles, mains;
  {
    Nodes work{body};
    while (!work.empty()) {
      const GumboNode* n = work.back();
      work.pop_back();
      if (!is_element(n)) continue;
      if (has_tag(n, GUMBO_TAG_ARTICLE)) articles.push_back(n);
      if (has_tag(n, GUMBO_TAG_MAIN) || ascii_lower(attribute_or(n, "role")) == "main") {
        mains.push_back(n);
      }
      const GumboVector* kids = children(n);
      for (unsigned i = kids->length; i > 0; --i) work.push_back(child(kids, i - 1));
    }
  }
  std::unordered_set<const GumboNode*> holders;
  for (const Nodes* list : {&articles, &mains}) {
    for (const GumboNode* n : *list) {
      for (const GumboNode* up = n; up && is_element(up) && holders.insert(up).second;
           up = up->parent) {
      }
    }
  }

  // What is never content, and the chrome, wherever they are.
  std::map<std::string, std::pair<std::size_t, std::string>> reasons;  // count, first example
  auto drop = [&](const GumboNode* n, const std::string& reason) {
    found.dropped.insert(n);
    auto& [count, example] = reasons[reason];
    if (count++ == 0) example = describe(n);
  };
  {
    Nodes work{body};
    while (!work.empty()) {
      const GumboNode* n = work.back();
      work.pop_back();
      if (!is_element(n)) continue;
      const GumboTag tag = n->v.element.tag;
      const TextStyle style = styles.of(n);
      const bool holder = holders.count(n) > 0;
      if (n != body && is_never_content(n)) {
        found.dropped.insert(n);  // scripts and the like: not worth a note each
        continue;
      }
      if (n != body && !holder &&
          (attribute(n, "hidden") || ascii_lower(attribute_or(n, "aria-hidden")) == "true" ||
           style.hidden)) {
        drop(n, "hidden");
        continue;
      }
      if (n != body && !holder) {
        const char* reason = nullptr;
        if (tag == GUMBO_TAG_NAV) reason = "navigation";
        if (tag == GUMBO_TAG_ASIDE) reason = "a sidebar";
        if (tag == GUMBO_TAG_UNKNOWN && tag_name(n) == "dialog") reason = "a pop-up";
        if (!reason) reason = role_reason(n);
        if (!reason && is_container_for_hints(tag)) reason = chrome_reason(n);
        if (reason) {
          drop(n, reason);
          continue;
        }
      }
      const GumboVector* kids = children(n);
      for (unsigned i = kids->length; i > 0; --i) work.push_back(child(kids, i - 1));
    }
  }

  // The main content.
  Measurer measure(found.dropped);
  const GumboNode* article = nullptr;
  std::size_t article_text = 0;
  for (const GumboNode* a : articles) {
    bool inside_dropped = false;
    for (const GumboNode* up = a; up && is_element(up); up = up->parent) {
      inside_dropped = inside_dropped || found.dropped.count(up) > 0;
    }
    if (inside_dropped) continue;
    const std::size_t text = measure.of(a).text;
    if (!article || text > article_text) {
      article = a;
      article_text = text;
    }
  }
  const GumboNode* main = nullptr;
  for (const GumboNode* m : mains) {
    if (!found.dropped.count(m)) {
      main = m;
      break;
    }
  }
  if (article && (!main || article_text * 4 >= measure.of(main).text)) {
    found.roots = {article};
    found.notes.push_back(
        "main content: " + describe(article) +
        (articles.size() > 1 ? ", the <article> with the most text" : ", the page's <article>"));
  } else if (main) {
    found.roots = {main};
    found.notes.push_back("main content: " + describe(main) + ", the page's main element");
  } else {
    found.roots = densest(body, found.dropped, found.notes);
  }

  // Inside a root, a <header> or <footer> belongs to the article; outside, the site's, which
  // is left out with everything else outside.
  std::size_t kept = 0;
  for (const GumboNode* root : found.roots) kept += measure.of(root).text;
  const std::size_t total = measure.of(body).text;
  if (total > kept) {
    found.notes.push_back("left out " + std::to_string(total - kept) +
                          " characters of text around the main content");
  }
  for (const auto& [reason, seen] : reasons) {
    found.notes.push_back("left out " + reason + ": " + std::to_string(seen.first) +
                          (seen.first == 1 ? " element, " : " elements, the first ") + seen.second);
  }
  return found;
}

}  // namespace html_reader
