#include "internal_links.hpp"

#include <algorithm>
#include <string_view>

#include "govtech/html_render.hpp"

namespace govtech::epub {

namespace {

// U+0001 around the number of the target: XML forbids it, so the renderer never writes it.
constexpr char kMark = '\x01';

std::string_view file_name(std::string_view href) {
  const std::size_t slash = href.rfind('/');
  return slash == std::string_view::npos ? href : href.substr(slash + 1);
}

}  // namespace

std::string InternalLinks::marker(const LinkTarget& target) {
  linked_.push_back(target);
  return kMark + std::to_string(linked_.size() - 1) + kMark;
}

void InternalLinks::starts(TargetPlace from, std::string href) {
  documents_.emplace_back(from, std::move(href));
}

const std::string& InternalLinks::document_of(TargetPlace place) const {
  // The last document that starts at or before the place (the first holds all before it).
  auto after =
      std::upper_bound(documents_.begin(), documents_.end(), place,
                       [](TargetPlace p, const auto& document) { return p < document.first; });
  return after == documents_.begin() ? documents_.front().second : std::prev(after)->second;
}

void InternalLinks::resolve(std::span<PublicationFile> documents) const {
  if (linked_.empty()) return;
  for (PublicationFile& document : documents) {
    std::string& bytes = document.bytes;
    std::string out;
    std::size_t done = 0;
    for (std::size_t at = bytes.find(kMark); at != std::string::npos;
         at = bytes.find(kMark, done)) {
      const std::size_t end = bytes.find(kMark, at + 1);
      out.append(bytes, done, at - done);
      const LinkTarget& target = linked_.at(std::stoul(bytes.substr(at + 1, end - at - 1)));
      const std::string& holder = document_of(target.place);
      std::string href = holder == document.href ? std::string() : std::string(file_name(holder));
      href += "#" + target.id;
      append_html_url(out, href);
      done = end + 1;
    }
    if (done == 0) continue;
    out.append(bytes, done);
    bytes = std::move(out);
  }
}

}  // namespace govtech::epub
