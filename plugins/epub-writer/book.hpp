// The EPUB being assembled: everything the package document, the navigation documents and
// the container need, gathered before any of them is serialised.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "govtech/ast.hpp"

namespace govtech::epub {

// Folder of the package document inside the container; every href below is relative to it.
inline constexpr const char* kPackageFolder = "EPUB";

// A file of the publication other than the navigation documents.
struct PublicationFile {
  std::string id{};          // manifest id
  std::string href{};        // e.g. "text/interview.xhtml", "images/img-001.png"
  std::string media_type{};  // e.g. "application/xhtml+xml"
  std::string properties{};  // manifest properties, e.g. "cover-image"; may be empty
  std::string bytes{};
  bool in_spine = false;  // content documents, in reading order
};

struct TocEntry {
  std::string label{};
  std::string href{};
  std::vector<TocEntry> children{};
};

struct Landmark {
  std::string type{};  // epub:type, e.g. "bodymatter"
  std::string label{};
  std::string href{};
  bool own_words = false;  // the label is one of the writer's own words (localisation.hpp)
};

// What the content says about its own accessibility, found while rendering it.
struct AccessibilityFacts {
  int images = 0;                  // images embedded in content documents (the cover excluded)
  int images_without_alt = 0;      // of those, the ones whose alt text is empty
  bool cover = false;              // a cover image (which always gets a description)
  bool language_declared = false;  // the language came from the input or -M, not a default
  bool raw_markup = false;         // raw HTML was passed through (--unsafe)
};

struct Book {
  Metadata meta{};                       // the publication's metadata
  std::vector<Person> contributors{};    // interviewees, in order of appearance
  std::string language{};                // BCP 47, always set
  Direction direction = Direction::ltr;  // -M dir= or front matter, else the language's
  std::string identifier{};              // the dc:identifier
  std::string modified{};                // CCYY-MM-DDThh:mm:ssZ
  std::int64_t timestamp = 0;            // the same instant, for the zip entries
  std::vector<PublicationFile> files{};  // content documents in reading order, then the rest
  std::vector<TocEntry> toc{};
  std::vector<Landmark> landmarks{};
  AccessibilityFacts facts{};
};

}  // namespace govtech::epub
