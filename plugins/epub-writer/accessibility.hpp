// Accessibility metadata (EPUB Accessibility 1.1, schema.org properties) derived from what
// the book actually contains, so it never claims a feature the book lacks.
#pragma once

#include <string>
#include <vector>

#include "book.hpp"

namespace govtech::epub {

struct AccessibilityMetadata {
  std::vector<std::string> access_modes;             // schema:accessMode
  std::vector<std::string> access_modes_sufficient;  // schema:accessModeSufficient (each a set)
  std::vector<std::string> features;                 // schema:accessibilityFeature
  std::vector<std::string> hazards;                  // schema:accessibilityHazard
  std::string summary;                               // schema:accessibilitySummary
  std::string summary_language;                      // its xml:lang
  // The conformance claim holds only when every check passed; `unmet` says why it does not.
  bool conforms = false;
  std::vector<std::string> unmet;
};

// The conformance statement and who made it (EPUB Accessibility 1.1, section 5).
inline constexpr const char* kConformsTo = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";
inline constexpr const char* kCertifiedBy = "govtech-convert (automated checks)";

AccessibilityMetadata derive_accessibility(const AccessibilityFacts& facts,
                                           const std::string& language);

}  // namespace govtech::epub
