// The few words the writer itself puts in a book (navigation labels, the accessibility
// summary), in the book's language where a translation exists, else in English.
#pragma once

#include <string>

namespace govtech::epub {

struct Phrases {
  std::string language;  // the language the book's own phrases are in (for xml:lang)
  std::string contents;  // from the core's shared table (govtech/phrases.hpp), as question
  std::string landmarks;
  std::string cover;
  std::string title_page;
  std::string start_of_content;
  std::string question;  // followed by a number, for questions with no words
  std::string closing;   // the part after the last answer, when split into its own document
  // The accessibility summary, in sentences assembled by summary().
  std::string summary_navigation;
  std::string summary_images_described;
  std::string summary_images_undescribed;
  std::string summary_conforms;
  std::string summary_not_conforms;
  // Where the book's own words above are not in its language (no translation exists), the
  // attributes that say so on the element holding one (` lang="en" xml:lang="en"`), so that
  // a screen reader reads them in their own voice; empty where they are in its language.
  std::string own_words_language_mark;
};

// The phrases for a BCP 47 tag: the shared words for the tag, the book's own words for its
// primary language subtag ("fr-CA" -> French).
Phrases phrases_for(const std::string& language);

}  // namespace govtech::epub
