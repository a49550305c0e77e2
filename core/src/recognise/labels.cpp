// The labels interviews print before questions and answers.
#include "govtech/recognise.hpp"

#include <map>
#include <set>
#include <string>

#include "cues.hpp"
#include "govtech/phrases.hpp"

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

// Beyond the list above, the labels DocBook's translations give "Question" and "Answer" in
// about 80 languages (the phrase table): "Вопрос"/"Ответ", "ถาม"/"ตอบ", "ש"/"ת", "Soru"/"Cevap",
// folded to lower case. A key that asks in one language and answers in another is neither.
const std::map<std::string, QaLabel>& translated_labels() {
  static const std::map<std::string, QaLabel> labels = [] {
    std::map<std::string, QaLabel> found;
    std::set<std::string> ambiguous;
    auto add = [&](std::string_view label, QaLabel kind) {
      if (label.empty()) return;
      const std::string key = recognise_detail::fold_case(label);
      auto [it, inserted] = found.emplace(key, kind);
      if (!inserted && it->second != kind) ambiguous.insert(key);
    };
    for (const Phrases& row : all_phrases()) {
      add(row.question, QaLabel::question);
      add(row.answer, QaLabel::answer);
    }
    for (const std::string& key : ambiguous) found.erase(key);
    return found;
  }();
  return labels;
}

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
  const auto& translated = translated_labels();
  if (auto it = translated.find(recognise_detail::fold_case(key)); it != translated.end())
    return it->second;
  return QaLabel::none;
}

}  // namespace govtech
