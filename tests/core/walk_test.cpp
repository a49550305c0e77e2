#include <catch2/catch.hpp>

#include "govtech/walk.hpp"

using namespace govtech;

namespace {

struct Recorder : Visitor {
  std::string log;
  void enter(const QandA&) override { log += "Q("; }
  void leave(const QandA&) override { log += ")Q "; }
  void enter(const Block& b) override { log += "B" + std::to_string(int(b.kind())) + "("; }
  void leave(const Block&) override { log += ")"; }
  void enter(const ListItem&) override { log += "I("; }
  void leave(const ListItem&) override { log += ")"; }
  void enter(const TableCell&) override { log += "C("; }
  void leave(const TableCell&) override { log += ")"; }
  void enter(const Inline& i) override {
    log += i.as<Text>() ? i.as<Text>()->text : "i" + std::to_string(int(i.kind()));
    log += "(";
  }
  void leave(const Inline&) override { log += ")"; }
};

// Built by moving, not through initializer lists, which copy: copying the whole subtree at
// every level would make this quadratic.
Block nested_quotes(std::size_t depth) {
  Block inner = Paragraph{{Emphasis{{Text{"deep"}}}}};
  for (std::size_t i = 0; i < depth; ++i) {
    BlockQuote quote;
    quote.blocks.push_back(std::move(inner));
    inner = std::move(quote);
  }
  return inner;
}

}  // namespace

TEST_CASE("walk visits every node in document order, enter before leave") {
  Document doc;
  doc.intro.push_back(Paragraph{{Text{"a"}, Strong{{Text{"b"}}}}});
  doc.entries.push_back({{Text{"q"}}, {BulletList{true, {{{Paragraph{{Text{"x"}}}}, {}}}}}});
  Table t;
  t.header = {{{Text{"h"}}}};
  t.rows = {{{{Text{"c"}}}}};
  doc.trailing.push_back(std::move(t));
  Recorder r;
  walk(doc, r);
  CHECK(r.log == "B0(a()i2(b()))Q(q()B2(I(B0(x()))))Q B7(C(h())C(c()))");
}

TEST_CASE("walk handles documents far deeper than the stack could recurse") {
  Blocks blocks;
  blocks.push_back(nested_quotes(5000));
  struct Counter : Visitor {
    std::size_t entered = 0, left = 0;
    void enter(const Block&) override { ++entered; }
    void leave(const Block&) override { ++left; }
  } counter;
  walk(blocks, counter);
  CHECK(counter.entered == 5001);
  CHECK(counter.left == 5001);
  Diagnostics d;
  Document doc;
  doc.intro = std::move(blocks);
  limit_nesting(doc, d);
}

TEST_CASE("limit_nesting flattens deep containers and keeps the innermost text") {
  Document doc;
  doc.intro.push_back(nested_quotes(kMaxNesting + 50));
  Diagnostics diagnostics("deep.md");
  limit_nesting(doc, diagnostics);
  REQUIRE(diagnostics.count() == 1);

  std::size_t depth = 0;
  const Blocks* level = &doc.intro;
  while (level->size() == 1 && (*level)[0].kind() == BlockKind::block_quote) {
    level = &(*level)[0].as<BlockQuote>()->blocks;
    ++depth;
  }
  CHECK(depth < kMaxNesting);
  REQUIRE(level->size() == 1);
  REQUIRE((*level)[0].kind() == BlockKind::paragraph);
  CHECK(plain_text((*level)[0].as<Paragraph>()->content) == "deep");
}

TEST_CASE("limit_nesting flattens deep inline nesting into text") {
  Inline node = Text{"core"};
  for (std::size_t i = 0; i < kMaxNesting * 3; ++i) {
    Emphasis emphasis;
    emphasis.children.push_back(std::move(node));
    node = std::move(emphasis);
  }
  Document doc;
  doc.intro.push_back(Paragraph{{std::move(node)}});
  Diagnostics diagnostics;
  limit_nesting(doc, diagnostics);
  CHECK(diagnostics.count() == 1);
  CHECK(plain_text(doc.intro[0].as<Paragraph>()->content) == "core");

  Document shallow;
  shallow.intro.push_back(Paragraph{{Emphasis{{Text{"fine"}}}}});
  Diagnostics quiet;
  limit_nesting(shallow, quiet);
  CHECK(quiet.count() == 0);
}
