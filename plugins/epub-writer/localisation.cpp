#include "localisation.hpp"

#include <array>
#include <cctype>

namespace govtech::epub {

namespace {

const std::array<Phrases, 4> kPhrases = {{
    {"en", "Contents", "Landmarks", "Cover", "Title page", "Start of content", "Question",
     "Closing",
     "The publication has a table of contents, headings for every question and a logical "
     "reading order.",
     "Every image has a text description.", "Some images have no text description.",
     "It meets the EPUB Accessibility 1.1 requirements at WCAG 2.1 Level AA, as checked when "
     "it was made.",
     "It has not been shown to meet WCAG 2.1 Level AA."},
    {"fr", "Table des matières", "Repères", "Couverture", "Page de titre", "Début du contenu",
     "Question", "Conclusion",
     "La publication comporte une table des matières, un titre pour chaque question et un "
     "ordre de lecture logique.",
     "Chaque image a une description textuelle.",
     "Certaines images n’ont pas de description textuelle.",
     "Elle satisfait aux exigences d’EPUB Accessibility 1.1 au niveau AA des WCAG 2.1, "
     "vérifiées lors de sa production.",
     "Sa conformité au niveau AA des WCAG 2.1 n’a pas été établie."},
    {"de", "Inhalt", "Orientierungspunkte", "Umschlag", "Titelseite", "Beginn des Inhalts", "Frage",
     "Schluss",
     "Die Publikation hat ein Inhaltsverzeichnis, eine Überschrift für jede Frage und eine "
     "logische Lesereihenfolge.",
     "Jedes Bild hat eine Textbeschreibung.", "Einige Bilder haben keine Textbeschreibung.",
     "Sie erfüllt die Anforderungen von EPUB Accessibility 1.1 auf WCAG 2.1 Stufe AA, geprüft "
     "bei ihrer Erstellung.",
     "Die Erfüllung von WCAG 2.1 Stufe AA ist nicht nachgewiesen."},
    {"es", "Índice", "Puntos de referencia", "Cubierta", "Portada", "Inicio del contenido",
     "Pregunta", "Cierre",
     "La publicación tiene un índice, un encabezado para cada pregunta y un orden de lectura "
     "lógico.",
     "Todas las imágenes tienen una descripción textual.",
     "Algunas imágenes no tienen descripción textual.",
     "Cumple los requisitos de EPUB Accessibility 1.1 en el nivel AA de las WCAG 2.1, "
     "comprobados al crearla.",
     "No se ha demostrado que cumpla el nivel AA de las WCAG 2.1."},
}};

}  // namespace

const Phrases& phrases_for(const std::string& language) {
  std::string primary;
  for (char c : language) {
    if (c == '-' || c == '_') break;
    primary += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (const Phrases& p : kPhrases) {
    if (p.language == primary) return p;
  }
  return kPhrases[0];
}

}  // namespace govtech::epub
