// The shared phrase table: generated from docbook-xsl-ns and CLDR, looked up by BCP 47 tag.
#include "govtech/phrases.hpp"

#include <catch2/catch.hpp>

using namespace govtech;

TEST_CASE("phrases come from the DocBook translations") {
  CHECK(phrases_for("ko").contents == "차례");
  CHECK(phrases_for("ko").question == "질문");
  CHECK(phrases_for("it").contents == "Indice");
  CHECK(phrases_for("it").by_capitalised == "Di");
  CHECK(phrases_for("fr").by_capitalised == "Par");
  CHECK(phrases_for("fr").and_joiner == " et ");
  CHECK(phrases_for("fr").contents == "Table des matières");
  CHECK(phrases_for("ar").contents == "قائمة المحتويات");
  CHECK(phrases_for("ar").question == "س");  // DocBook's "س:" without its colon
  CHECK(phrases_for("en").by_capitalised == "By");
  CHECK(phrases_for("en").and_joiner == " and ");
}

TEST_CASE("a locale with no word for by leaves the names alone") {
  CHECK(phrases_for("ru").by.empty());
  CHECK(phrases_for("ja").by.empty());  // DocBook's "：" is punctuation, not a word
  CHECK(phrases_for("ja").and_joiner == "、");
}

TEST_CASE("quotation marks come from CLDR") {
  CHECK(phrases_for("fr").quote_start == "«");
  CHECK(phrases_for("ja").quote_start == "「");
  CHECK(phrases_for("de").quote_start == "„");
  CHECK(phrases_for("en").quote_end == "”");
}

TEST_CASE("a tag falls back to its parent, then to English") {
  CHECK(phrases_for("pt-BR").language == "pt-br");
  CHECK(phrases_for("pt_BR").language == "pt-br");
  CHECK(phrases_for("pt-PT").language == "pt");
  CHECK(phrases_for("fr-CA").contents == "Table des matières");
  CHECK(phrases_for("ko-KR").contents == "차례");
  CHECK(phrases_for("xx").language == "en");
  CHECK(phrases_for("xx").contents == "Table of Contents");
  CHECK(phrases_for("").language == "en");
  CHECK(phrases_for("KO").contents == "차례");
}

// DocBook calls Traditional Chinese zh_tw, CLDR zh_Hant; CLDR's likely subtags join them.
TEST_CASE("Traditional Chinese by script or by region gets Traditional words, not Simplified") {
  const std::string_view traditional = phrases_for("zh-TW").contents;
  CHECK(traditional == "內容目錄");
  CHECK(phrases_for("zh-Hant").contents == traditional);
  CHECK(phrases_for("zh-Hant-TW").contents == traditional);
  CHECK(phrases_for("zh-HK").contents == traditional);
  CHECK(phrases_for("zh-MO").contents == traditional);
  CHECK(phrases_for("zh-Hant").quote_start == "「");
  CHECK(phrases_for("zh").contents == "目录");
  CHECK(phrases_for("zh-Hans").contents == "目录");
  CHECK(phrases_for("zh-CN").contents == "目录");
  CHECK(phrases_for("zh-SG").contents == "目录");
}

TEST_CASE("a language without DocBook words still has CLDR's direction, in English words") {
  CHECK(phrases_for("ckb").text_language == "en");
  CHECK(phrases_for("ckb").direction == Direction::rtl);
}

TEST_CASE("writing direction by language and script") {
  for (const char* rtl : {"ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "ar-EG",
                          "he-IL", "pa-Arab", "az-Arab", "iw"})
    CHECK(direction_of_language(rtl) == Direction::rtl);
  for (const char* ltr :
       {"en", "ko", "ja", "zh-Hans", "hi", "th", "ru", "fr", "sd-Deva", "az-Latn", "xx"})
    CHECK(direction_of_language(ltr) == Direction::ltr);
  CHECK(direction_of_language("") == Direction::unspecified);
}

TEST_CASE("the document's own direction wins over its language's") {
  Metadata meta;
  CHECK(document_direction(meta) == Direction::ltr);
  meta.language = "ar";
  CHECK(document_direction(meta) == Direction::rtl);
  meta.direction = Direction::ltr;
  CHECK(document_direction(meta) == Direction::ltr);
  meta.language = "en";
  meta.direction = Direction::rtl;
  CHECK(document_direction(meta) == Direction::rtl);
  CHECK(direction_name(Direction::rtl) == "rtl");
  CHECK(direction_name(Direction::unspecified).empty());
}

TEST_CASE("two tags are one language when their primary subtags are") {
  CHECK(primary_language("EN-US") == "en");
  CHECK(primary_language("pt_BR") == "pt");
  for (auto [a, b] : {std::pair{"EN-US", "en"}, std::pair{"en-GB", "en_US"},
                      std::pair{"zh-Hant-TW", "ZH"}, std::pair{"", ""}}) {
    INFO(a << " " << b);
    CHECK(same_primary_language(a, b));
    CHECK(same_primary_language(b, a));
    CHECK(same_primary_language(a, b) == (primary_language(a) == primary_language(b)));
  }
  for (auto [a, b] : {std::pair{"en", "eng"}, std::pair{"en-US", "es-US"}, std::pair{"en", ""},
                      std::pair{"ko", "ko2"}}) {
    INFO(a << " " << b);
    CHECK_FALSE(same_primary_language(a, b));
    CHECK_FALSE(same_primary_language(b, a));
    CHECK(same_primary_language(a, b) == (primary_language(a) == primary_language(b)));
  }
}
