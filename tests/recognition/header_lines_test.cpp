// Bylines, credits, dates and the interviewee line.
#include <catch2/catch.hpp>

#include "govtech/recognise.hpp"

using namespace govtech;

TEST_CASE("bylines in the languages publications use", "[recognition]") {
  auto authors = [](std::string_view line) {
    auto b = parse_byline(line);
    return b ? b->authors : std::vector<std::string>{};
  };
  CHECK(authors("By Kofi Mensah") == std::vector<std::string>{"Kofi Mensah"});
  CHECK(authors("By Ana Lima and Tom Hart") == std::vector<std::string>{"Ana Lima", "Tom Hart"});
  CHECK(authors("Par Claire Dubois") == std::vector<std::string>{"Claire Dubois"});
  CHECK(authors("Propos recueillis par Claire Dubois") ==
        std::vector<std::string>{"Claire Dubois"});
  CHECK(authors("Por Lucía Fernández") == std::vector<std::string>{"Lucía Fernández"});
  CHECK(authors("Von Jonas Becker") == std::vector<std::string>{"Jonas Becker"});
  CHECK(authors("di Marco Rossi") == std::vector<std::string>{"Marco Rossi"});
  CHECK(authors("Door Sanne de Vries") == std::vector<std::string>{"Sanne de Vries"});
  CHECK(authors("Oleh Budi Santoso") == std::vector<std::string>{"Budi Santoso"});
  CHECK(authors("Av Ingrid Berg") == std::vector<std::string>{"Ingrid Berg"});
  CHECK(authors("\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80 \xEA\xB8\xB0\xEC\x9E\x90") ==
        std::vector<std::string>{"\xEA\xB9\x80\xEB\xAF\xBC\xEC\xA4\x80"});  // 김민준 기자
  CHECK(authors("\xD8\xA8\xD9\x82\xD9\x84\xD9\x85 \xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA9") ==
        std::vector<std::string>{"\xD8\xB3\xD8\xA7\xD8\xB1\xD8\xA9"});  // بقلم سارة
  // Sentences that open with the same words are not bylines.
  CHECK_FALSE(parse_byline("By 2030 every form will be online."));
  CHECK_FALSE(parse_byline("Par ailleurs, le projet avance."));
  CHECK_FALSE(parse_byline("Di solito lavoriamo in squadre piccole."));
  CHECK_FALSE(parse_byline("By the end of the year we had moved every permit online."));
}

TEST_CASE("a byline's date", "[recognition]") {
  CHECK(parse_byline("By Priya Natarajan | 12 March 2024")->date == "2024-03-12");
  CHECK(parse_byline("By Priya Natarajan, March 12, 2024")->date == "2024-03-12");
  CHECK(parse_byline("By Priya Natarajan \xC2\xB7 5 min read")->date.empty());
  CHECK(parse_date("2024-03-12") == "2024-03-12");
  CHECK(parse_date("12. M\xC3\xA4rz 2024") == "2024-03-12");
  CHECK(parse_date("12 de marzo de 2024") == "2024-03-12");
  CHECK(parse_date("2024\xEB\x85\x84 3\xEC\x9B\x94 12\xEC\x9D\xBC") == "2024-03-12");
  CHECK(parse_date("Published 3 June 2021") == "2021-06-03");
  CHECK_FALSE(parse_date("03/04/2024"));  // day and month cannot be told apart
  CHECK_FALSE(parse_date("the 12 apostles"));
}

TEST_CASE("picture credits", "[recognition]") {
  CHECK(is_credit_line("Image: Nadia Rahman at the data lab."));
  CHECK(is_credit_line("Photo credit: City of Porto"));
  CHECK(is_credit_line("(Photo: Tableau)"));
  CHECK(is_credit_line("Foto: Finansministeriet"));
  CHECK(is_credit_line("\xC2\xA9 Nassim Rad"));
  CHECK_FALSE(is_credit_line("Photographs were the hardest part of the archive."));
}

TEST_CASE("the interviewee line is read by meaning", "[recognition]") {
  auto line = person_from_header_line(
      "Sari Wulandari, Head of Digital Services, Jabar Digital Service, West Java, Indonesia");
  CHECK(line.person.name == "Sari Wulandari");
  CHECK(line.person.role == "Head of Digital Services");
  CHECK(line.person.organisation == "Jabar Digital Service");
  CHECK(line.person.country == "Indonesia");
  CHECK(line.region == "West Java");
  line = person_from_header_line("Ana Lima, Director, Digital Office, Bavaria, Germany");
  CHECK(line.region == "Bavaria");
  CHECK(line.person.organisation == "Digital Office");
  line = person_from_header_line("Ana Lima, Director, Service Unit, Digital Agency");
  CHECK(line.person.unit == "Service Unit");
  CHECK(line.person.organisation == "Digital Agency");
  CHECK(line.person.country.empty());
  CHECK(is_country_name("ghana"));
  CHECK(is_country_name("South Korea"));
  CHECK_FALSE(is_country_name("Digital Agency"));
}
