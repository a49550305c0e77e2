// Links from one content document of an interview to a target in another. A long interview is
// split where its documents grow long enough, so when the renderer writes a link it cannot yet
// know which document will hold a target further on: it writes a marker, and each marker
// becomes the target's href once all of the interview's documents are made.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "book.hpp"
#include "govtech/link_targets.hpp"

namespace govtech::epub {

class InternalLinks {
 public:
  // For HtmlRenderOptions::target_href: a marker (characters that no rendered text or URL
  // holds, since the renderer drops or escapes them).
  std::string marker(const LinkTarget& target);

  // What stands at `from` onwards, in reading order, is in the content document `href`
  // (relative to the package document), until the next call.
  void starts(TargetPlace from, std::string href);

  // The href of the document that holds `place`.
  const std::string& document_of(TargetPlace place) const;

  // Replaces the markers in `documents` with hrefs to their targets: "#id" within the same
  // document, "other.xhtml#id" across documents.
  void resolve(std::span<PublicationFile> documents) const;

 private:
  std::vector<std::pair<TargetPlace, std::string>> documents_;
  std::vector<LinkTarget> linked_;
};

}  // namespace govtech::epub
