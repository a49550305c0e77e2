// A long body read in stretches on the machine's cores. Reading the runs was the longest part
// of a 300-page document's conversion that ran on one core (read_body, 218M of 762M
// instructions), so each stretch of the body's elements is read on a thread of its own, apart
// from the text before it, and the stretches are put together in order into exactly what one
// read_body gives: positions shifted, notes numbered in order of first reference, empty
// paragraphs counted across the seams, warnings in document order. A stretch that meets a
// picture in the package, whose place among the resources and in the image budget depends on
// the pictures before it, is read again in order once the stretches before it are in. A main
// part read in pieces (document_pieces.hpp) is read the same way, in two stretches of pieces.
#include <algorithm>
#include <condition_variable>
#include <exception>
#include <memory>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

#include "body.hpp"
#include "document_pieces.hpp"
#include "notes.hpp"

namespace govtech::docx {

namespace {

// Elements of the body per stretch, at least: fewer are read faster on one core than a
// thread takes to start and the stretches to be put together.
constexpr std::size_t kElementsPerStretch = 1024;

struct Stretch {
  pugi::xml_node first{}, end{};  // end: null for the body's last element
  Diagnostics diagnostics{};
  std::vector<Item> items{};
  std::uint32_t blanks = 1;
  std::uint32_t paragraphs = 0;
  std::vector<NoteRef> notes{};
  bool tracked_changes = false, comments = false, text_boxes = false, unknown_symbols = false,
       embedded_documents = false;
  bool needs_order = false;
  bool malformed = false;  // a piece of it (PieceReading)
  std::exception_ptr failure{};
};

// The room to make at once for the items of the elements from `first` up to `end` (null: the
// last sibling): grown one by one, the items were moved again and again. At most an item per
// element, and never more than 65,536 of them ahead: a body of millions of empty elements,
// which give no item, must not have room made for each.
std::size_t room_for_items(pugi::xml_node first, pugi::xml_node end) {
  constexpr std::size_t kMostAhead = 1 << 16;
  std::size_t n = 0;
  for (pugi::xml_node node = first; node && node != end && n < kMostAhead;
       node = node.next_sibling()) {
    ++n;
  }
  return n;
}

// The stretch read by `read(reading)` apart from what comes before it, on its own thread.
template <class Read>
void read_detached(Stretch& s, const Reading& whole, Read read) {
  Reading r{whole.package, whole.names, whole.styles, whole.numbering,
            s.diagnostics, whole.part,  whole.rels};
  r.language = whole.language;
  r.rtl = whole.rtl;
  r.default_bidi = whole.default_bidi;
  r.detached = true;
  try {
    read(r);
  } catch (const NeedsOrder&) {
    s.needs_order = true;
    return;
  } catch (...) {
    s.failure = std::current_exception();
    return;
  }
  s.paragraphs = r.paragraphs;
  s.notes = std::move(r.notes);
  s.tracked_changes = r.tracked_changes;
  s.comments = r.comments;
  s.text_boxes = r.text_boxes;
  s.unknown_symbols = r.unknown_symbols;
  s.embedded_documents = r.embedded_documents;
}

// Room for `more` items, made so that room made piece by piece still grows geometrically.
void make_room(std::vector<Item>& items, std::size_t more) {
  if (items.capacity() - items.size() >= more) return;
  items.reserve(std::max(items.size() + more, 2 * items.capacity()));
}

// Pieces [from, to) read into `items`, each parsed as it comes (the first of them are the parts
// `ahead`, parsed already, null where malformed) and freed before the next is parsed, so that
// the next reuses its memory. False when one is malformed.
bool read_piece_range(const MainPieces& pieces, std::size_t from, std::size_t to,
                      std::vector<std::unique_ptr<XmlPart>> ahead, Reading& reading,
                      std::vector<Item>& items, std::uint32_t& blanks) {
  for (std::size_t k = from; k < to; ++k) {
    const std::unique_ptr<XmlPart> part =
        k - from < ahead.size() ? std::move(ahead[k - from]) : pieces.parse(k);
    if (!part) return false;
    const pugi::xml_node body = child(part->document_element(), reading.names.w, "body");
    if (!body) return false;
    make_room(items, room_for_items(body.first_child(), {}));
    read_body_elements(body.first_child(), {}, reading, items, blanks);
  }
  return true;
}

// Whether every piece parses: a malformed part's error comes before any other, as it did when
// the part was parsed before its body was read.
bool all_parse(const MainPieces& pieces) {
  for (std::size_t k = 0; k < pieces.size(); ++k) {
    if (!pieces.parse(k)) return false;
  }
  return true;
}

// The stretch's items after those read so far, as if read after them.
void join(Stretch& s, Reading& reading, std::vector<Item>& items, std::uint32_t& blanks) {
  const std::uint32_t offset = reading.paragraphs;
  reading.paragraphs += s.paragraphs;
  // Its notes: numbers in order of first reference over the whole body.
  std::vector<std::size_t> numbers;
  bool renumbered = false;
  for (NoteRef& ref : s.notes) {
    auto [found, added] =
        reading.note_numbers.try_emplace({ref.endnote, ref.id}, reading.notes.size() + 1);
    if (added) reading.notes.push_back(std::move(ref));
    numbers.push_back(found->second);
    renumbered |= found->second != numbers.size();
  }
  for (Item& item : s.items) {
    item.para.pos.line += offset;
    if (item.table) item.table->pos.line += offset;
    if (renumbered) {
      renumber_notes(item.para.content, numbers);
      if (item.table) renumber_notes(*item.table, numbers);
    }
  }
  // Empty paragraphs at the end of what came before count towards its first item.
  if (!s.items.empty()) {
    s.items.front().blanks_before += blanks - 1;
    blanks = s.blanks;
  } else {
    blanks += s.blanks - 1;
  }
  items.insert(items.end(), std::make_move_iterator(s.items.begin()),
               std::make_move_iterator(s.items.end()));
  for (Diagnostic& d : s.diagnostics.take()) {
    SourcePos pos = d.where.pos;
    if (pos.line > 0) pos.line += offset;
    if (d.severity == Severity::note) {
      reading.diagnostics.note(std::move(d.message), pos);
    } else {
      reading.diagnostics.warn(std::move(d.message), pos);
    }
  }
  reading.tracked_changes |= s.tracked_changes;
  reading.comments |= s.comments;
  reading.text_boxes |= s.text_boxes;
  reading.unknown_symbols |= s.unknown_symbols;
  reading.embedded_documents |= s.embedded_documents;
}

}  // namespace

std::vector<Item> read_long_body(pugi::xml_node body, Reading& reading) {
  // The stretches: the body's elements shared out among the cores.
  std::vector<pugi::xml_node> elements;
  for (pugi::xml_node node = body.first_child(); node; node = node.next_sibling()) {
    if (node.type() == pugi::node_element) elements.push_back(node);
  }
  const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t count = std::min(cores, elements.size() / kElementsPerStretch);
  if (count <= 1) return read_body(body, reading);
  std::vector<Stretch> stretches(count - 1);
  for (std::size_t k = 1; k < count; ++k) {
    const std::size_t to = elements.size() * (k + 1) / count;
    stretches[k - 1].first = elements[elements.size() * k / count];
    if (to < elements.size()) stretches[k - 1].end = elements[to];
  }
  const pugi::xml_node first_end = stretches.front().first;
  std::vector<Item> items;
  std::size_t room = room_for_items(body.first_child(), first_end);
  for (const Stretch& s : stretches) room += room_for_items(s.first, s.end);
  items.reserve(room);
  std::uint32_t blanks = 1;
  {
    std::vector<std::jthread> helpers;
    helpers.reserve(stretches.size());
    for (Stretch& s : stretches) {
      try {
        helpers.emplace_back([&s, &reading] {
          read_detached(s, reading, [&s](Reading& r) {
            s.items.reserve(room_for_items(s.first, s.end));
            read_body_elements(s.first, s.end, r, s.items, s.blanks);
          });
        });
      } catch (const std::system_error&) {
        s.needs_order = true;  // no thread to be had: read in order below
      }
    }
    // The helpers read `reading`'s settings only, which this thread does not change.
    read_body_elements(body.first_child(), first_end, reading, items, blanks);
  }
  for (Stretch& s : stretches) {
    if (s.failure) std::rethrow_exception(s.failure);
    if (s.needs_order) {
      read_body_elements(s.first, s.end, reading, items, blanks);
    } else {
      join(s, reading, items, blanks);
    }
  }
  return items;
}

// The second core's stretch of pieces, and what it needs to read them: it parses its first
// pieces while the other parts are read, and reads them once it is given the reading.
struct PieceReading::Second {
  explicit Second(const MainPieces& p) : pieces(p) {}

  // At most this many pieces parsed ahead: the trees wait in memory.
  static constexpr std::size_t kMostAhead = 8;

  void run() {
    try {
      for (std::size_t k = from; k < pieces.size() && ahead.size() < kMostAhead; ++k) {
        {
          const std::lock_guard lock(mutex);
          if (whole || stopped) break;
        }
        ahead.push_back(pieces.parse(k));
        if (!ahead.back()) break;  // malformed: reading it says so
      }
    } catch (...) {
      // Out of memory: the rest are parsed as they are read, which reports what goes wrong.
    }
    const Reading* reading = nullptr;
    {
      std::unique_lock lock(mutex);
      given.wait(lock, [this] { return whole || stopped; });
      if (stopped) return;
      reading = whole;
    }
    read_detached(stretch, *reading, [this](Reading& r) {
      stretch.malformed = !read_piece_range(pieces, from, pieces.size(), std::move(ahead), r,
                                            stretch.items, stretch.blanks);
    });
  }

  const MainPieces& pieces;
  std::size_t from = 1;  // the first of its pieces
  Stretch stretch;
  std::vector<std::unique_ptr<XmlPart>> ahead;
  std::mutex mutex;
  std::condition_variable given;
  const Reading* whole = nullptr;  // the reading, once given
  bool stopped = false;            // none will be
  std::jthread thread;
};

PieceReading::PieceReading(const MainPieces& pieces) : second_(std::make_unique<Second>(pieces)) {
  // The second core's stretch: the pieces from the first that starts past the middle, less
  // half a piece, since it starts while the other parts are read.
  const std::size_t count = pieces.size();
  const std::size_t total = pieces.start(count);
  const std::size_t middle = total / 2 - std::min(total / 2, total / count / 2);
  std::size_t& from = second_->from;
  while (from + 1 < count && pieces.start(from) < middle) ++from;
  try {
    second_->thread = std::jthread([second = second_.get()] { second->run(); });
  } catch (const std::system_error&) {
    // No thread to be had: read() reads all the pieces in order.
  }
}

PieceReading::~PieceReading() {
  if (!second_->thread.joinable()) return;
  {
    const std::lock_guard lock(second_->mutex);
    second_->stopped = true;
  }
  second_->given.notify_one();
  second_->thread.join();
}

std::optional<std::vector<Item>> PieceReading::read(std::unique_ptr<XmlPart> first,
                                                    Reading& reading) {
  Second& second = *second_;
  const MainPieces& pieces = second.pieces;
  const bool helped = second.thread.joinable();
  // Joined on every way out of here, before `reading` goes.
  std::jthread helper = std::move(second.thread);
  if (helped) {
    {
      const std::lock_guard lock(second.mutex);
      second.whole = &reading;  // the helper reads its settings only, which this thread keeps
    }
    second.given.notify_one();
  }
  std::vector<Item> items;
  std::uint32_t blanks = 1;
  bool malformed = false;
  std::exception_ptr failure;
  try {
    std::vector<std::unique_ptr<XmlPart>> parsed;
    parsed.push_back(std::move(first));
    malformed =
        !read_piece_range(pieces, 0, second.from, std::move(parsed), reading, items, blanks);
  } catch (...) {
    failure = std::current_exception();
  }
  if (helped) helper.join();
  Stretch& s = second.stretch;
  if (malformed || s.malformed) return std::nullopt;
  if (!failure) failure = s.failure;
  if (failure) {
    if (!all_parse(pieces)) return std::nullopt;
    std::rethrow_exception(failure);
  }
  if (!helped || s.needs_order) {
    if (!read_piece_range(pieces, second.from, pieces.size(), {}, reading, items, blanks)) {
      return std::nullopt;
    }
  } else {
    join(s, reading, items, blanks);
  }
  return items;
}

}  // namespace govtech::docx
