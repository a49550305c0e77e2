// The package document (EPUB 3.3 "package.opf"): metadata, manifest and spine.
#pragma once

#include <string>

#include "accessibility.hpp"
#include "book.hpp"

namespace govtech::epub {

inline constexpr const char* kPackageDocument = "package.opf";
inline constexpr const char* kNavDocument = "nav.xhtml";
inline constexpr const char* kNcxDocument = "toc.ncx";

std::string package_document(const Book& book, const AccessibilityMetadata& a11y);

// META-INF/container.xml, pointing at the package document.
std::string container_xml();

}  // namespace govtech::epub
