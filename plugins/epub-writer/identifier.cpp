#include "identifier.hpp"

#include <array>
#include <cstdint>

#include "sha1.hpp"

namespace govtech::epub {

namespace {

// Chosen once for govtech-convert; changing it would change every derived identifier.
constexpr std::array<std::uint8_t, 16> kNamespace = {
    0x6b, 0x1f, 0x4e, 0x2a, 0x93, 0xc7, 0x4d, 0x58, 0xa0, 0x2e, 0x51, 0xd8, 0x7c, 0x36, 0xe4, 0x0b};

class Serialiser {
 public:
  Serialiser() = default;
  // Feeds `hash` as it goes instead of keeping the whole form (as large as the document).
  explicit Serialiser(Sha1& hash) : hash_(&hash) {}

  void string(std::string_view text) {
    out_ += std::to_string(text.size());
    out_ += ':';
    out_ += text;
    if (hash_ && out_.size() >= (1 << 16)) {
      hash_->update(out_);
      out_.clear();
    }
  }
  void number(long long value) { string(std::to_string(value)); }
  void open(std::string_view tag) {
    out_ += '(';
    out_ += tag;
    out_ += ' ';
  }
  void close() { out_ += ')'; }

  void person(const Person& p) {
    open("person");
    for (const std::string* field : {&p.name, &p.role, &p.unit, &p.organisation, &p.country}) {
      string(*field);
    }
    close();
  }

  void metadata(const Metadata& m) {
    open("meta");
    string(m.title);
    string(m.subtitle);
    person(m.interviewee);
    list(m.authors);
    string(m.series);
    string(m.date);
    string(m.language);
    string(m.description);
    list(m.keywords);
    string(m.rights);
    open("extra");
    for (const auto& [key, value] : m.extra) {
      string(key);
      string(value);
    }
    close();
    close();
  }

  void list(const std::vector<std::string>& items) {
    open("list");
    for (const auto& item : items) string(item);
    close();
  }

  void inlines(const Inlines& nodes) {
    open("inlines");
    for (const Inline& node : nodes) inline_node(node);
    close();
  }

  void inline_node(const Inline& node) {
    open("i");
    number(static_cast<int>(node.kind()));
    if (auto* t = node.as<Text>()) string(t->text);
    if (auto* e = node.as<Emphasis>()) inlines(e->children);
    if (auto* s = node.as<Strong>()) inlines(s->children);
    if (auto* s = node.as<Strikethrough>()) inlines(s->children);
    if (auto* c = node.as<Code>()) string(c->text);
    if (auto* l = node.as<Link>()) {
      string(l->url);
      string(l->title);
      inlines(l->children);
    }
    if (auto* i = node.as<Image>()) {
      string(i->src);
      string(i->title);
      inlines(i->alt);
    }
    if (auto* r = node.as<RawInline>()) {
      string(r->format);
      string(r->text);
    }
    close();
  }

  void blocks(const Blocks& nodes) {
    open("blocks");
    for (const Block& node : nodes) block(node);
    close();
  }

  void items(const std::vector<ListItem>& list_items) {
    for (const ListItem& item : list_items) {
      open("item");
      number(item.task ? (*item.task ? 1 : 0) : -1);
      blocks(item.blocks);
      close();
    }
  }

  void block(const Block& node) {
    open("b");
    number(static_cast<int>(node.kind()));
    if (auto* p = node.as<Paragraph>()) inlines(p->content);
    if (auto* h = node.as<Heading>()) {
      number(h->level);
      inlines(h->content);
    }
    if (auto* l = node.as<BulletList>()) {
      number(l->tight);
      items(l->items);
    }
    if (auto* l = node.as<OrderedList>()) {
      number(l->start);
      number(l->tight);
      items(l->items);
    }
    if (auto* q = node.as<BlockQuote>()) blocks(q->blocks);
    if (auto* c = node.as<CodeBlock>()) {
      string(c->info);
      string(c->text);
    }
    if (auto* t = node.as<Table>()) table(*t);
    if (auto* r = node.as<RawBlock>()) {
      string(r->format);
      string(r->text);
    }
    close();
  }

  void table(const Table& t) {
    open("align");
    for (Alignment a : t.alignments) number(static_cast<int>(a));
    close();
    row(t.header);
    for (const auto& cells : t.rows) row(cells);
  }

  void row(const std::vector<TableCell>& cells) {
    open("row");
    for (const TableCell& cell : cells) inlines(cell.content);
    close();
  }

  void document(const Document& doc) {
    open("document");
    metadata(doc.meta);
    blocks(doc.intro);
    for (const QandA& entry : doc.entries) {
      open("qa");
      string(entry.question_speaker);
      inlines(entry.question);
      string(entry.answer_speaker);
      blocks(entry.answer);
      close();
    }
    blocks(doc.trailing);
    close();
  }

  std::string take() { return std::move(out_); }
  void finish_hash() {
    hash_->update(out_);
    out_.clear();
  }

 private:
  Sha1* hash_ = nullptr;
  std::string out_;
};

std::string hex_uuid(const std::array<std::uint8_t, 20>& digest) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < 16; ++i) {
    std::uint8_t byte = digest[i];
    if (i == 6) byte = static_cast<std::uint8_t>((byte & 0x0f) | 0x50);  // version 5
    if (i == 8) byte = static_cast<std::uint8_t>((byte & 0x3f) | 0x80);  // RFC variant
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kHex[byte >> 4];
    out += kHex[byte & 0x0f];
  }
  return out;
}

Sha1 namespaced_hash() {
  Sha1 sha;
  sha.update(std::string_view(reinterpret_cast<const char*>(kNamespace.data()), kNamespace.size()));
  return sha;
}

}  // namespace

std::string name_based_uuid(std::string_view name) {
  Sha1 sha = namespaced_hash();
  sha.update(name);
  return hex_uuid(sha.finish());
}

std::string canonical_form(const Document& doc) {
  Serialiser s;
  s.document(doc);
  return s.take();
}

std::string canonical_form(const Collection& books) {
  Serialiser s;
  s.open("collection");
  s.metadata(books.meta);
  for (const Document& doc : books.documents) s.document(doc);
  s.close();
  return s.take();
}

// The same as name_based_uuid(canonical_form(...)), without the canonical form in memory.
std::string derived_identifier(const Document& doc) {
  Sha1 sha = namespaced_hash();
  Serialiser s(sha);
  s.document(doc);
  s.finish_hash();
  return "urn:uuid:" + hex_uuid(sha.finish());
}

std::string derived_identifier(const Collection& books) {
  Sha1 sha = namespaced_hash();
  Serialiser s(sha);
  s.open("collection");
  s.metadata(books.meta);
  for (const Document& doc : books.documents) s.document(doc);
  s.close();
  s.finish_hash();
  return "urn:uuid:" + hex_uuid(sha.finish());
}

}  // namespace govtech::epub
