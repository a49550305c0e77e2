#include "accessibility.hpp"

#include "localisation.hpp"

namespace govtech::epub {

AccessibilityMetadata derive_accessibility(const AccessibilityFacts& facts,
                                           const std::string& language) {
  AccessibilityMetadata a;
  bool has_images = facts.images > 0 || facts.cover;
  bool every_image_described = facts.images_without_alt == 0;

  a.access_modes.push_back("textual");
  if (has_images) a.access_modes.push_back("visual");

  // Text alone suffices when there is no image, or when every image is described in words.
  if (!has_images || every_image_described) a.access_modes_sufficient.push_back("textual");
  if (has_images) a.access_modes_sufficient.push_back("textual,visual");

  a.features = {"structuralNavigation", "tableOfContents", "readingOrder"};
  if (facts.images > 0 && every_image_described) a.features.push_back("alternativeText");

  a.hazards.push_back("none");

  if (!every_image_described) {
    a.unmet.push_back("an image has no text description (WCAG 1.1.1)");
  }
  if (!facts.language_declared) {
    a.unmet.push_back("the document's language was not declared (WCAG 3.1.1)");
  }
  if (facts.raw_markup) {
    a.unmet.push_back("raw HTML was passed through unchecked (--unsafe)");
  }
  a.conforms = a.unmet.empty();

  const Phrases& words = phrases_for(language);
  a.summary_language = words.language == "en" && language.rfind("en", 0) != 0 ? "en" : language;
  a.summary = words.summary_navigation;
  if (facts.images > 0) {
    a.summary += ' ';
    a.summary +=
        every_image_described ? words.summary_images_described : words.summary_images_undescribed;
  }
  a.summary += ' ';
  a.summary += a.conforms ? words.summary_conforms : words.summary_not_conforms;
  return a;
}

}  // namespace govtech::epub
