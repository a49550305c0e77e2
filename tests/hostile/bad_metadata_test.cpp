// Bytes that are not UTF-8 where the input's own checks do not reach: in -M keys and values,
// and in a file name that would become the title. Each is refused as a usage error (exit 2)
// that names what was wrong, with the bad byte escaped, and nothing is written; before, the
// bytes went raw into the output and every XML file of an EPUB or DocBook was ill-formed.
#include <catch2/catch.hpp>

#include "hostile_support.hpp"
#include "output_checks.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

TEST_CASE("a -M key or value that is not UTF-8 is a usage error, and nothing is written") {
  require_formats();
  for (const auto& reader : readers()) {
    for (const auto& writer : writers()) {
      INFO(reader.name << " -> " << writer);
      TempDir dir;
      const std::string input = "in." + reader.extension;
      write_file(dir / input, interview(reader.name, "Metadata", "Fine."));
      for (const std::string& setting : {std::string("title=Caf\xE9 society"),
                                         std::string("series=\xC3"), std::string("k\xFFy=v")}) {
        auto r =
            run_bounded(dir, {input, "-f", reader.name, "-t", writer, "-o", "out", "-M", setting});
        INFO(r.err);
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("-M") && Catch::Contains("not valid UTF-8"));
        CHECK(r.err.find_first_of("\xE9\xC3\xFF") == std::string::npos);  // escaped, as \xE9
        CHECK(files_in(dir.path()) == std::vector<std::string>{input});
      }
      auto r = run_bounded(dir, {input, "-f", reader.name, "-t", writer, "-o", "out", "-M",
                                 "title=Caf\xC3\xA9 society"});
      CHECK(r.exit_code == 0);
    }
  }
}

TEST_CASE("a file name that is not UTF-8 is refused where it would be the title") {
  require_formats();
  for (const auto& reader : readers()) {
    for (const auto& writer : writers()) {
      INFO(reader.name << " -> " << writer);
      TempDir dir;
      const std::string input = "caf\xE9." + reader.extension;
      write_file(dir / input, "Notes without a title or an interviewee.\n");
      auto r =
          run_bounded(dir, {input, "-f", reader.name, "-t", writer, "-o", "out", "-M", "lang=en"});
      INFO(r.err);
      CHECK(r.err.find('\xE9') == std::string::npos);  // the name is printed escaped
      if (writer == "html") {
        // Only the HTML page takes its title from the file name.
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("caf\\xE9") && Catch::Contains("not valid UTF-8") &&
                              Catch::Contains("-M title="));
        CHECK(files_in(dir.path()) == std::vector<std::string>{input});
      } else {
        CHECK(r.exit_code == 0);
        CHECK(govtech::checks::output_problem(writer, read_file(dir / "out")) == std::string());
      }
    }
  }
}
