// The labels interviews print before questions and answers.
#include "govtech/recognise.hpp"

namespace govtech {

namespace {

// In the languages publications use: Q/A and Question/Answer; P/R (Pregunta/Respuesta,
// Pergunta/Resposta); F/A (Frage/Antwort); D/R (Domanda/Risposta); V/A (Vraag/Antwoord);
// T/J (Tanya/Jawab); 질문/답변; 問/答 (问/答); س/ج.
constexpr std::string_view kQuestionKeys[] = {"q",
                                              "question",
                                              "p",
                                              "pregunta",
                                              "pergunta",
                                              "f",
                                              "frage",
                                              "d",
                                              "domanda",
                                              "v",
                                              "vraag",
                                              "t",
                                              "tanya",
                                              "pertanyaan",
                                              "\xEC\xA7\x88\xEB\xAC\xB8",
                                              "\xE5\x95\x8F",
                                              "\xE9\x97\xAE",
                                              "\xD8\xB3"};
constexpr std::string_view kAnswerKeys[] = {"a",
                                            "answer",
                                            "r",
                                            "respuesta",
                                            "resposta",
                                            "antwort",
                                            "risposta",
                                            "antwoord",
                                            "j",
                                            "jawab",
                                            "jawaban",
                                            "\xEB\x8B\xB5",
                                            "\xEB\x8B\xB5\xEB\xB3\x80",
                                            "\xE7\xAD\x94",
                                            "\xD8\xAC"};

}  // namespace

QaLabel qa_label_kind(std::string_view key) {
  // "Q1", "A12": a numbered label is the label.
  if (key.size() > 1 && (key[0] == 'q' || key[0] == 'a') &&
      key.find_first_not_of("0123456789", 1) == std::string_view::npos) {
    key = key.substr(0, 1);
  }
  for (std::string_view k : kQuestionKeys) {
    if (key == k) return QaLabel::question;
  }
  for (std::string_view k : kAnswerKeys) {
    if (key == k) return QaLabel::answer;
  }
  return QaLabel::none;
}

}  // namespace govtech
