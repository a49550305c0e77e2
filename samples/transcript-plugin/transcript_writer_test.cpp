// Runs the built transcript-writer plugin over a small interview, the way govtech-convert
// would, and compares the transcript with the one expected. Argument: the plugin's folder.
#include <govtech/testing.hpp>

#include <iostream>

using namespace govtech;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: transcript-writer-test PLUGIN_FOLDER\n";
    return 2;
  }
  try {
    Provided<Writer> writer = testing::load_writer(argv[1], "transcript");

    Document doc;
    doc.meta.title = "Rebuilding the permit service";
    doc.meta.interviewee = {.name = "Amara Okafor", .role = "Head of Digital", .country = "Kenya"};
    doc.meta.authors = {"J. Smith", "R. Lee"};
    doc.intro = {Paragraph{{Text{"We spoke in "}, Emphasis{{Text{"March"}}}, Text{"."}}}};
    doc.entries.push_back(
        {.question = {Text{"Where did you start?"}},
         .answer = {Paragraph{{Text{"With the forms"}, SoftBreak{}, Text{"people hated:"}}},
                    BulletList{.items = {{.blocks = {Paragraph{{Text{"building permits"}}}}},
                                         {.blocks = {Paragraph{{Text{"licences"}}}}}}}}});
    doc.entries.push_back({.question = {Text{"What next?"}},
                           .answer = {Paragraph{{Link{.url = "https://example.org/plan",
                                                      .children = {Text{"The plan"}}},
                                                 Text{" is public."}}}},
                           .question_speaker = "Interviewer",
                           .answer_speaker = "Zoë"});

    const std::string expected =
        "Rebuilding the permit service\n"
        "Interview with Amara Okafor, Head of Digital, Kenya\n"
        "By J. Smith, R. Lee\n"
        "\n"
        "We spoke in March.\n"
        "\n"
        "Q: Where did you start?\n"
        "\n"
        "A: With the forms people hated:\n"
        "\n"
        "   - building permits\n"
        "   - licences\n"
        "\n"
        "Interviewer: What next?\n"
        "\n"
        "Zoë: The plan <https://example.org/plan> is public.\n";
    const std::string actual = testing::write_to_string(*writer.handler, doc);
    if (actual != expected) {
      std::cerr << "transcript differs.\n--- expected\n" << expected << "--- actual\n" << actual;
      return 1;
    }
    std::cout << "transcript-writer: ok\n";
    return 0;
  } catch (const Error& e) {
    std::cerr << "transcript-writer-test: " << e.what() << "\n";
    return 1;
  }
}
