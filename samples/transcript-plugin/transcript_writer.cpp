// A plain-text transcript of an interview: a short header, then the questions and answers as
// "Q:" and "A:" turns (or the speakers' names), one paragraph per line, for e-mail, archives
// and tools that read transcripts.
#include <govtech/plugin.hpp>

#include <algorithm>

namespace {

using namespace govtech;

struct Transcript {
  std::string out;

  void inlines(const Inlines& nodes, std::string& text) {
    for (const Inline& node : nodes) {
      if (auto* t = node.as<Text>()) text += t->text;
      if (auto* c = node.as<Code>()) text += c->text;
      if (auto* e = node.as<Emphasis>()) inlines(e->children, text);
      if (auto* s = node.as<Strong>()) inlines(s->children, text);
      if (auto* s = node.as<Strikethrough>()) inlines(s->children, text);
      if (auto* i = node.as<Image>()) text += "[image: " + plain_text(i->alt) + "]";
      if (node.kind() == InlineKind::soft_break) text += ' ';
      if (node.kind() == InlineKind::hard_break) text += '\n';
      if (auto* l = node.as<Link>()) {
        inlines(l->children, text);
        if (plain_text(l->children) != l->url) text += " <" + l->url + ">";
      }
    }
  }

  // Each line of `text`: the first after `first`, the others after `indent`.
  void lines(std::string_view text, std::string first, const std::string& indent) {
    for (std::size_t start = 0, end = 0; end != text.npos; start = end + 1, first = indent) {
      end = text.find('\n', start);
      std::string line = first + std::string(text.substr(start, end - start));
      out += line.substr(0, line.find_last_not_of(' ') + 1) + "\n";
    }
  }

  void blocks(const Blocks& list, std::string first, const std::string& indent) {
    bool gap = false;  // a blank line between blocks
    for (const Block& block : list) {
      if (block.kind() == BlockKind::raw) continue;  // markup meant for another format
      out += std::exchange(gap, true) ? "\n" : "";
      std::string text;
      if (auto* p = block.as<Paragraph>()) inlines(p->content, text);
      if (auto* h = block.as<Heading>()) inlines(h->content, text);
      if (block.kind() == BlockKind::thematic_break) text = "* * *";
      if (auto* c = block.as<CodeBlock>()) text = c->text.substr(0, c->text.size() - 1);
      if (auto* q = block.as<BlockQuote>()) blocks(q->blocks, first + "> ", indent + "> ");
      if (auto* l = block.as<BulletList>()) items(l->items, first, indent, 0);
      if (auto* l = block.as<OrderedList>()) items(l->items, first, indent, l->start);
      if (auto* t = block.as<Table>()) {
        auto rows = t->rows;
        rows.insert(rows.begin(), t->header);
        for (const auto& row : rows) {
          if (row.empty()) continue;  // no header row
          text += text.empty() ? "" : "\n";
          for (const auto& cell : row)
            text += (&cell == &row[0] ? "" : " | ") + plain_text(cell.content);
        }
      }
      if (!text.empty()) lines(text, first, indent);
      first = indent;
    }
  }

  void items(const std::vector<ListItem>& items, std::string first, const std::string& indent,
             int number) {
    for (const ListItem& item : items) {
      std::string mark = number ? std::to_string(number++) + ". " : "- ";
      blocks(item.blocks, first + mark, indent + std::string(mark.size(), ' '));
      first = indent;
    }
  }

  // A section after a blank line: blocks whose first line starts with `label`, and the lines
  // after it aligned under the text.
  void section(const Blocks& list, const std::string& label) {
    if (list.empty()) return;
    out += out.empty() ? "" : "\n";
    auto width =
        std::count_if(label.begin(), label.end(), [](char c) { return (c & 0xC0) != 0x80; });
    blocks(list, label, std::string(static_cast<std::size_t>(width), ' '));
  }
};

class TranscriptWriter final : public Writer {
 public:
  FormatInfo info() const override {
    return {.name = "transcript",
            .extensions = {"txt"},
            .mime_type = "text/plain",
            .description = "plain-text interview transcript (Q:/A: turns)"};
  }

  void write(const Document& doc, WriteContext&, Sink& sink) const override {
    Transcript t;
    const Metadata& meta = doc.meta;
    const Person& p = meta.interviewee;
    std::string who, by;
    for (const auto* part : {&p.name, &p.role, &p.unit, &p.organisation, &p.country}) {
      if (!part->empty()) who += (who.empty() ? "Interview with " : ", ") + *part;
    }
    for (const auto& author : meta.authors) by += (by.empty() ? "By " : ", ") + author;
    for (const auto& line : {meta.title, meta.subtitle, who, by, meta.series, meta.date}) {
      if (!line.empty()) t.lines(line, "", "");
    }
    auto label = [](const std::string& speaker, std::string fallback) {
      return (speaker.empty() ? fallback : speaker) + ": ";
    };
    t.section(doc.intro, "");
    for (const QandA& entry : doc.entries) {
      t.section({Paragraph{entry.question}}, label(entry.question_speaker, "Q"));
      t.section(entry.answer, label(entry.answer_speaker, "A"));
    }
    t.section(doc.trailing, "");
    sink.write(t.out);
  }
};

void register_formats(Registrar& registrar) {
  registrar.add_writer(std::make_unique<TranscriptWriter>());
}

}  // namespace

GOVTECH_PLUGIN("transcript-writer", "1.0.0", "Plain-text interview transcripts", register_formats);
