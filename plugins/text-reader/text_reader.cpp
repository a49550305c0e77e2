// The plain-text reader: finds the interview inside text pasted from a publication.
#include <cstring>

#include "govtech/plugin.hpp"
#include "govtech/text.hpp"
#include "layouts.hpp"
#include "page.hpp"

namespace govtech::text_reader {

namespace {

bool reads_as_utf8(const ReadContext& ctx) {
  const std::string encoding = ascii_lower(ctx.options.get("input-encoding"));
  return encoding.empty() || encoding == "utf-8" || encoding == "utf8";
}

// A NUL byte means binary data (or UTF-16). Said before any UTF-8 complaint, since a binary
// file usually holds invalid UTF-8 too and "not a text file" is the more useful message.
void reject_binary(std::string_view bytes, const ReadContext& ctx) {
  if (!reads_as_utf8(ctx)) return;
  const void* nul = std::memchr(bytes.data(), '\0', bytes.size());
  if (!nul) return;
  const std::size_t offset = static_cast<std::size_t>(static_cast<const char*>(nul) - bytes.data());
  std::string_view head = bytes.substr(0, 2);
  if (head == "\xFF\xFE" || head == "\xFE\xFF") {
    throw Error(ErrorKind::input,
                "not a text file in UTF-8: it looks like UTF-16; convert it with "
                "--input-encoding utf-16");
  }
  throw Error(ErrorKind::input,
              "not a text file: it holds a NUL byte at byte offset " + std::to_string(offset),
              {{}, text_position(bytes, offset), offset});
}

// Markup that other readers understand better.
bool looks_like_markup(std::string_view head) {
  std::string_view start = trim(head.substr(0, 512));
  if (start.empty()) return false;
  char c = start[0];
  if (c == '<' || c == '{' || c == '[') return true;
  if (start.substr(0, 3) == "---" || start.substr(0, 2) == "# ") return true;
  return false;
}

class TextReader final : public Reader {
 public:
  FormatInfo info() const override {
    return {.name = "text",
            .aliases = {"txt", "plain"},
            .extensions = {"txt"},
            .mime_type = "text/plain",
            .description = "plain text: published, Q:/A:, numbered and transcript interviews",
            .options = {{.name = "text-layout",
                         .type = OptionType::choice,
                         .default_value = "auto",
                         .help = "how questions are told: the first layout that fits (auto), "
                                 "or forced",
                         .choices = {"auto", "published", "qa", "numbered", "transcript",
                                     "unlabelled", "plain"}},
                        {.name = "input-encoding",
                         .help = "the input's character encoding when it is not UTF-8"}}};
  }

  int probe(std::string_view head) const override {
    if (head.empty() || std::memchr(head.data(), '\0', head.size())) return 0;
    if (auto bad = find_invalid_utf8(head)) {
      // A character cut in half at the end of the sample is no evidence against UTF-8.
      if (bad->offset + 4 < head.size()) return 0;
    }
    if (looks_like_markup(head)) return 0;
    return 10;  // anything that is text could be plain text; a markup reader should win
  }

  Document read(std::string_view input, ReadContext& ctx) const override {
    reject_binary(input, ctx);
    std::string decoded;
    const std::string_view text = decode_text_input(input, ctx, NulBytes::reject, decoded);
    const Page page = split_into_groups(text);
    if (page.lines.empty()) {
      throw Error(ErrorKind::input, "the input is empty: it holds no text, only white space");
    }
    return read_page(page, ctx);
  }
};

void register_formats(Registrar& registrar) {
  registrar.add_reader(std::make_unique<TextReader>());
}

}  // namespace

}  // namespace govtech::text_reader

GOVTECH_PLUGIN("text-reader", "1.0.0", "Plain-text interviews",
               govtech::text_reader::register_formats);
