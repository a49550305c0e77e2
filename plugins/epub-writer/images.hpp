// Images the document refers to, embedded in the book. Asks the core for each file (which
// confines reads to the input's folder and --resource-path, and answers a name of a resource
// the document carries, a Word file's picture, with its bytes) or decodes a data: URI, checks
// what it really is from its bytes, and names it images/img-NNN.EXT in order of first use, so names
// never depend on the author's file names and two conversions agree.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "book.hpp"
#include "govtech/plugin.hpp"

namespace govtech::epub {

class ImageEmbedder {
 public:
  // `href_prefix` leads from a content document to the package folder ("../").
  ImageEmbedder(WriteContext& ctx, AccessibilityFacts& facts, std::string href_prefix);

  // For HtmlRenderOptions::image_src: the image's path from a content document, or nothing
  // (after a warning) to have its alt text rendered instead.
  std::optional<std::string> operator()(const Image& image);

  // The embedded images, in order of first use.
  std::vector<PublicationFile> take_files() { return std::move(files_); }

 private:
  std::optional<std::string> embed(const std::string& src);
  // Checks what `bytes` are and adds them as the next image file; its href, or nothing.
  std::optional<std::string> add_image(std::string bytes, const std::string& name_for_messages);

  WriteContext& ctx_;
  AccessibilityFacts& facts_;
  std::string href_prefix_;
  std::map<std::string, std::optional<std::string>> by_src_;  // src -> href, or refused
  // Resolved file -> href: "img.png?1", "./img.png" and "img.png" are one file in the book.
  std::map<std::string, std::string> by_file_;
  std::vector<PublicationFile> files_;
};

}  // namespace govtech::epub
