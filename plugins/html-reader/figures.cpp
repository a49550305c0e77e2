// Images and figures: an <img> as an image (its source from src, data-src or srcset), a
// <figure> of images with its caption as a figure.
#include <charconv>

#include "blocks.hpp"
#include "dom.hpp"

namespace html_reader {

using namespace govtech;

namespace {

// The candidate of a srcset with the largest width or density.
std::string from_srcset(std::string_view srcset) {
  std::string best;
  double best_size = -1;
  while (!srcset.empty()) {
    while (!srcset.empty() && (is_html_space(srcset.front()) || srcset.front() == ','))
      srcset.remove_prefix(1);
    std::size_t end = 0;
    while (end < srcset.size() && !is_html_space(srcset[end])) ++end;
    std::string url(srcset.substr(0, end));
    srcset.remove_prefix(end);
    while (!url.empty() && url.back() == ',') url.pop_back();
    const std::size_t comma = srcset.find(',');
    const std::string_view descriptor = trim(srcset.substr(0, comma));
    srcset = comma == std::string_view::npos ? std::string_view{} : srcset.substr(comma + 1);
    double size = 1;
    if (!descriptor.empty()) {
      double value = 0;
      auto [ptr, error] =
          std::from_chars(descriptor.data(), descriptor.data() + descriptor.size(), value);
      if (error == std::errc() && ptr != descriptor.data()) size = value;
    }
    if (!url.empty() && size > best_size) {
      best = std::move(url);
      best_size = size;
    }
  }
  return best;
}

}  // namespace

bool Converter::figure(const GumboNode* element, Blocks& out, int depth) {
  // A figure of images (links around them, a caption): anything else reads as its blocks.
  Figure f;
  bool has_image = false;
  std::vector<const GumboNode*> work;
  const GumboVector* kids = children(element);
  for (unsigned i = 0; i < kids->length; ++i) {
    const GumboNode* kid = child(kids, i);
    if (skipped(kid)) continue;
    if (has_tag(kid, GUMBO_TAG_FIGCAPTION)) {
      if (!f.caption.empty()) return false;
      f.caption = paragraph_inlines(kid, depth);
      continue;
    }
    if (is_element(kid) && is_block(kid)) return false;
    if (kid->type == GUMBO_NODE_TEXT && !is_blank(kid->v.text.text)) return false;
    work.push_back(kid);
  }
  while (!work.empty() && !has_image) {
    const GumboNode* n = work.back();
    work.pop_back();
    has_image = has_tag(n, GUMBO_TAG_IMG);
    const GumboVector* inner = children(n);
    for (unsigned i = 0; inner && i < inner->length; ++i) work.push_back(child(inner, i));
  }
  if (!has_image) return false;
  for (unsigned i = 0; i < kids->length; ++i) {
    if (!has_tag(child(kids, i), GUMBO_TAG_FIGCAPTION))
      inline_node(child(kids, i), f.content, depth);
  }
  normalise(f.content);
  if (std::string id = attribute_or(element, "id"); !id.empty()) f.attributes->id = std::move(id);
  out.push_back({std::move(f), position_of(element)});
  return true;
}

Inline Converter::image(const GumboNode* element) const {
  std::string src = attribute_or(element, "src");
  // Saved pages often keep a placeholder in src and the picture in data-src.
  if (const char* lazy = attribute(element, "data-src");
      lazy && (src.empty() || src.starts_with("data:"))) {
    src = lazy;
  }
  if (src.empty()) {
    if (const char* srcset = attribute(element, "srcset")) src = from_srcset(srcset);
  }
  Image img;
  img.src = resolve(src);
  img.title = attribute_or(element, "title");
  const std::string alt = collapse_spaces(attribute_or(element, "alt"));
  if (!alt.empty()) img.alt.push_back(Text{alt});
  return img;
}

}  // namespace html_reader
