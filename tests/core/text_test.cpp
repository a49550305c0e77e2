#include <catch2/catch.hpp>

#include "govtech/text.hpp"

using namespace govtech;

namespace {

std::string decode(std::string_view bytes, NulBytes nul = NulBytes::reject,
                   std::string encoding = {}) {
  Options options;
  if (!encoding.empty()) options.set("input-encoding", encoding);
  Diagnostics diagnostics;
  ReadContext ctx{"in.txt", options, diagnostics};
  return decode_text_input(bytes, ctx, nul);
}

}  // namespace

TEST_CASE("find_invalid_utf8 accepts valid text and locates the first bad byte") {
  CHECK_FALSE(find_invalid_utf8("plain ascii\n\xC3\xA9t\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80"));
  auto bad = find_invalid_utf8("ok\nsecond line \xE9t\xE9");
  REQUIRE(bad);
  CHECK(bad->offset == 15);
  CHECK(bad->line == 2);
  CHECK(bad->column == 13);
  CHECK(bad->byte == 0xE9);
  CHECK(find_invalid_utf8("\xC0\xAF"));          // overlong
  CHECK(find_invalid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
  CHECK(find_invalid_utf8("\xE2\x82"));          // truncated at the end
}

TEST_CASE("decode_text_input normalises line endings and drops a BOM") {
  CHECK(decode("\xEF\xBB\xBFone\r\ntwo\rthree\nfour") == "one\ntwo\nthree\nfour");
}

TEST_CASE("decode_text_input names file, line and offset of invalid UTF-8") {
  try {
    decode("line one\nline \xE9two");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::input);
    CHECK(e.where().file == "in.txt");
    CHECK(e.where().pos.line == 2);
    CHECK(e.where().byte_offset == 14u);
    CHECK_THAT(e.what(), Catch::Contains("in.txt:2:6:") && Catch::Contains("--input-encoding"));
  }
}

TEST_CASE("text_position counts CR, LF and CRLF line endings alike, and columns in characters") {
  using namespace std::string_literals;
  const std::string text =
      "a\r\nb\rc\nd\xC3\xA9"
      "f";
  CHECK(text_position(text, 0).line == 1);
  CHECK(text_position(text, 0).column == 1);
  CHECK(text_position(text, 2).line == 1);  // between CR and LF: still the first line's end
  CHECK(text_position(text, 3).line == 2);
  CHECK(text_position(text, 5).line == 3);
  CHECK(text_position(text, 7).line == 4);
  CHECK(text_position(text, 10).column == 3);  // after "d" and "é"
  CHECK(text_position(text, 999).line == 4);   // past the end: the end
}

TEST_CASE("input errors count CR, LF and CRLF line endings alike, and columns in characters") {
  using namespace std::string_literals;
  for (const std::string& ending : {"\n"s, "\r"s, "\r\n"s}) {
    INFO("line ending " << (ending == "\n" ? "LF" : ending == "\r" ? "CR" : "CRLF"));
    const std::string head = "one" + ending + "tw\xC3\xB6" + ending + "ab";
    try {
      decode(head + "\xE9");
      FAIL("no error for invalid UTF-8");
    } catch (const Error& e) {
      CHECK(e.where().pos.line == 3);
      CHECK(e.where().pos.column == 3);
    }
    try {
      decode(head + "\0"s);
      FAIL("no error for a NUL byte");
    } catch (const Error& e) {
      CHECK(e.where().pos.line == 3);
      CHECK(e.where().pos.column == 3);
      CHECK_THAT(e.what(), Catch::Contains("in.txt:3:3:"));
    }
  }
}

TEST_CASE("decode_text_input converts latin1 and windows-1252 when asked") {
  CHECK(decode("caf\xE9", NulBytes::reject, "latin1") == "caf\xC3\xA9");
  CHECK(decode("\x93quoted\x94", NulBytes::reject, "windows-1252") ==
        "\xE2\x80\x9Cquoted\xE2\x80\x9D");
  CHECK_THROWS_AS(decode("x", NulBytes::reject, "no-such-encoding"), Error);
}

TEST_CASE("decode_text_input rejects or replaces NUL bytes") {
  using namespace std::string_literals;
  CHECK_THROWS_WITH(decode("a\0b"s), Catch::Contains("not a text file"));
  CHECK(decode("a\0b"s, NulBytes::replace) ==
        "a\xEF\xBF\xBD"
        "b");
}

TEST_CASE("decode_text_input with storage copies only what needs a change") {
  Options options;
  Diagnostics diagnostics;
  ReadContext ctx{"in.txt", options, diagnostics};
  std::string storage;

  const std::string clean = "clean UTF-8 \xC3\xA9\nno CR\n";
  std::string_view text = decode_text_input(clean, ctx, NulBytes::reject, storage);
  CHECK(text == clean);
  CHECK(text.data() == clean.data());  // the input itself
  CHECK(storage.empty());

  const std::string bom =
      "\xEF\xBB\xBF"
      "after a BOM";
  text = decode_text_input(bom, ctx, NulBytes::reject, storage);
  CHECK(text == "after a BOM");
  CHECK(text.data() == bom.data() + 3);

  text = decode_text_input("\xEF\xBB\xBFone\r\ntwo", ctx, NulBytes::reject, storage);
  CHECK(text == "one\ntwo");
  CHECK(text.data() == storage.data());

  CHECK_THROWS_AS(decode_text_input("x\xE9", ctx, NulBytes::reject, storage), Error);

  options.set("input-encoding", "latin1");  // the context holds the options, so sees it
  CHECK(decode_text_input("caf\xE9", ctx, NulBytes::reject, storage) == "caf\xC3\xA9");
  // UTF-16LE keeps its byte order mark through iconv, as U+FEFF, which is then dropped.
  using namespace std::string_literals;
  options.set("input-encoding", "utf-16le");
  for (std::string tail : {"a"s, "a longer text than fits in a small string"s}) {
    std::string input = "\xFF\xFE"s;
    for (char c : tail) input += std::string{c, '\0'};
    text = decode_text_input(input, ctx, NulBytes::reject, storage);
    CHECK(text == tail);
    CHECK(text.data() == storage.data() + 3);
  }
}

TEST_CASE("percent_decoded undoes %XX and keeps a stray % as browsers do") {
  CHECK(percent_decoded("a%20b%2Fc%e9") == "a b/c\xE9");
  CHECK(percent_decoded("100%") == "100%");
  CHECK(percent_decoded("%2") == "%2");
  CHECK(percent_decoded("%zz%41") == "%zzA");
}

TEST_CASE("trimming is Unicode-aware") {
  CHECK(trim("\xC2\xA0 \tWhat now?\xC2\xA0 ") == "What now?");
  CHECK(trim_end("Question \xE2\x80\x83") == "Question");
  CHECK(trim_end("\xE3\x80\x80\xE3\x80\x80") == "");        // ideographic spaces only
  CHECK(trim_end("\xEC\x9E\x90 \xC2\xA0") == "\xEC\x9E\x90");  // a Hangul syllable kept whole
  CHECK(trim_end("x\x80 ") == "x\x80");                       // a stray byte is not a space
  CHECK(trim_end("\xE2\x80") == "\xE2\x80");                 // nor is a cut-off one
  CHECK(trim_end(" \t\n") == "");
  CHECK(is_blank("\xC2\xA0 \xC2\xA0"));
  CHECK(is_blank(""));
  CHECK_FALSE(is_blank("\xC2\xA0x"));
  CHECK(collapse_spaces("  a \xC2\xA0\t b  ") == "a b");
}

TEST_CASE("unique_id makes readable, distinct XML-safe identifiers") {
  IdSet used;
  CHECK(unique_id("What drew you to GovTech?", used) == "what-drew-you-to-govtech");
  CHECK(unique_id("What drew you to GovTech?", used) == "what-drew-you-to-govtech-2");
  CHECK(unique_id("2020 plans", used) == "section-2020-plans");
  CHECK(unique_id("???", used) == "section");
}

TEST_CASE("unique_id stays fast when many texts share their first words") {
  // Each call used to try -2, -3, ... from the start: quadratic in the number of alike texts.
  IdSet used{"reserved"};
  CHECK(unique_id("Reserved", used) == "reserved-2");
  std::string last;
  for (int i = 0; i < 50000; ++i) last = unique_id("How did you start?", used);
  CHECK(last == "how-did-you-start-50000");
  CHECK(unique_id("how did you start 7", used) == "how-did-you-start-7-2");
}

TEST_CASE("language tags are checked for the shape BCP 47 gives them") {
  for (const char* good : {"en", "en-GB", "fr-CA", "zh-Hant-TW", "es-419", "gsw", "sgn-BE-FR",
                           "de-CH-1901", "en-x-private"}) {
    INFO(good);
    CHECK(is_language_tag(good));
  }
  for (const char* bad : {"", "e", "abcd", "english language", "en_GB", "-en", "en-", "en--GB",
                          "1a", "en-toolongsubtag",
                          "fran\xC3\xA7"
                          "ais",
                          "toolonglanguage"}) {
    INFO(bad);
    CHECK_FALSE(is_language_tag(bad));
  }
}

TEST_CASE("base64 round-trips every length and refuses what is not base64") {
  std::string bytes;
  for (int n = 0; n < 300; ++n) {
    const std::string encoded = govtech::base64_encode(bytes);
    CHECK(encoded.size() == (bytes.size() + 2) / 3 * 4);
    const auto decoded = govtech::base64_decode(encoded);
    REQUIRE(decoded);
    CHECK(*decoded == bytes);
    bytes.push_back(static_cast<char>(n * 37));
  }
  CHECK(govtech::base64_encode("Man") == "TWFu");
  CHECK(govtech::base64_decode("TW\nFu") == std::optional<std::string>("Man"));  // wrapped
  CHECK_FALSE(govtech::base64_decode("T*Fu"));
}

TEST_CASE("ascii_lower folds ASCII letters only") {
  CHECK(govtech::ascii_lower("UTF-8 Windows-1252") == "utf-8 windows-1252");
  CHECK(govtech::ascii_lower("\xC3\x89T\xC3\x89") == "\xC3\x89t\xC3\x89");  // É stays
}
