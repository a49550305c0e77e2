#include "localisation.hpp"

#include <array>
#include <cctype>

#include "govtech/phrases.hpp"

namespace govtech::epub {

namespace {

// The words only a book has (landmarks, the accessibility summary): no data package
// translates them, so they exist in the languages we have checked translations for.
struct OwnPhrases {
  std::string language, landmarks, cover, title_page, start_of_content, closing, summary_navigation,
      summary_images_described, summary_images_undescribed, summary_conforms, summary_not_conforms;
};

const std::array<OwnPhrases, 4> kPhrases = {{
    {"en", "Landmarks", "Cover", "Title page", "Start of content", "Closing",
     "The publication has a table of contents, headings for every question and a logical "
     "reading order.",
     "Every image has a text description.", "Some images have no text description.",
     "It meets the EPUB Accessibility 1.1 requirements at WCAG 2.1 Level AA, as checked when "
     "it was made.",
     "It has not been shown to meet WCAG 2.1 Level AA."},
    {"fr", "Repères", "Couverture", "Page de titre", "Début du contenu", "Conclusion",
     "La publication comporte une table des matières, un titre pour chaque question et un "
     "ordre de lecture logique.",
     "Chaque image a une description textuelle.",
     "Certaines images n’ont pas de description textuelle.",
     "Elle satisfait aux exigences d’EPUB Accessibility 1.1 au niveau AA des WCAG 2.1, "
     "vérifiées lors de sa production.",
     "Sa conformité au niveau AA des WCAG 2.1 n’a pas été établie."},
    {"de", "Orientierungspunkte", "Umschlag", "Titelseite", "Beginn des Inhalts", "Schluss",
     "Die Publikation hat ein Inhaltsverzeichnis, eine Überschrift für jede Frage und eine "
     "logische Lesereihenfolge.",
     "Jedes Bild hat eine Textbeschreibung.", "Einige Bilder haben keine Textbeschreibung.",
     "Sie erfüllt die Anforderungen von EPUB Accessibility 1.1 auf WCAG 2.1 Stufe AA, geprüft "
     "bei ihrer Erstellung.",
     "Die Erfüllung von WCAG 2.1 Stufe AA ist nicht nachgewiesen."},
    {"es", "Puntos de referencia", "Cubierta", "Portada", "Inicio del contenido", "Cierre",
     "La publicación tiene un índice, un encabezado para cada pregunta y un orden de lectura "
     "lógico.",
     "Todas las imágenes tienen una descripción textual.",
     "Algunas imágenes no tienen descripción textual.",
     "Cumple los requisitos de EPUB Accessibility 1.1 en el nivel AA de las WCAG 2.1, "
     "comprobados al crearla.",
     "No se ha demostrado que cumpla el nivel AA de las WCAG 2.1."},
}};

const OwnPhrases& own_phrases(const std::string& language) {
  const std::string primary = primary_language(language);
  for (const OwnPhrases& p : kPhrases) {
    if (p.language == primary) return p;
  }
  return kPhrases[0];
}

}  // namespace

Phrases phrases_for(const std::string& language) {
  const OwnPhrases& own = own_phrases(language);
  // The words every writer shows come from the core's shared table, so that the EPUB's
  // navigation says what the HTML page and the DocBook say.
  const govtech::Phrases& shared = govtech::phrases_for(language);
  return {.language = own.language,
          .contents = std::string(shared.contents),
          .landmarks = own.landmarks,
          .cover = own.cover,
          .title_page = own.title_page,
          .start_of_content = own.start_of_content,
          .question = std::string(shared.question),
          .closing = own.closing,
          .summary_navigation = own.summary_navigation,
          .summary_images_described = own.summary_images_described,
          .summary_images_undescribed = own.summary_images_undescribed,
          .summary_conforms = own.summary_conforms,
          .summary_not_conforms = own.summary_not_conforms,
          .own_words_language_mark =
              primary_language(language) == own.language || language.empty()
                  ? std::string()
                  : " lang=\"" + own.language + "\" xml:lang=\"" + own.language + "\""};
}

}  // namespace govtech::epub
