#include "front_matter.hpp"

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "govtech/diagnostics.hpp"
#include "govtech/text.hpp"

namespace govtech::markdown {

namespace {

std::string_view line_at(std::string_view text, std::size_t start, std::size_t& next) {
  std::size_t end = text.find('\n', start);
  next = end == std::string_view::npos ? text.size() : end + 1;
  return text.substr(start, (end == std::string_view::npos ? text.size() : end) - start);
}

class FrontMatterReader {
 public:
  FrontMatterReader(const FrontMatterBlock& block, const ReadContext& ctx, Metadata& meta)
      : block_(block), ctx_(ctx), meta_(meta) {}

  bool read() {
    YAML::Node root;
    try {
      root = YAML::Load(std::string(block_.yaml));
    } catch (const YAML::Exception& e) {
      throw Error(ErrorKind::input, "the YAML front matter is malformed: " + e.msg,
                  location(e.mark));
    }
    if (root.IsNull()) return true;  // `---` `---` with nothing between: empty front matter
    if (!root.IsMap()) return false;
    for (const auto& entry : root) take(entry.first, entry.second);
    return true;
  }

 private:
  Location location(const YAML::Mark& mark) const {
    if (mark.is_null()) return {ctx_.file, {block_.first_line, 0}};
    return {ctx_.file,
            {block_.first_line + static_cast<std::uint32_t>(mark.line),
             static_cast<std::uint32_t>(mark.column + 1)}};
  }

  [[noreturn]] void wrong_shape(const std::string& key, const YAML::Node& value,
                                const std::string& expected) const {
    throw Error(ErrorKind::input,
                "front matter key '" + key + "' should be " + expected + ", not " +
                    (value.IsSequence() ? "a list"
                     : value.IsMap()    ? "a map"
                                        : "this"),
                location(value.Mark()));
  }

  std::string text(const std::string& key, const YAML::Node& value) const {
    if (value.IsNull()) return {};
    if (!value.IsScalar()) wrong_shape(key, value, "text");
    return std::string(trim(value.Scalar()));
  }

  // Text or a list of text (a list item may also be a map with a name).
  std::vector<std::string> text_list(const std::string& key, const YAML::Node& value,
                                     bool split_commas) const {
    std::vector<std::string> out;
    auto add = [&](std::string_view item) {
      item = trim(item);
      if (!item.empty()) out.emplace_back(item);
    };
    if (value.IsNull()) return out;
    if (value.IsScalar()) {
      std::string_view all = value.Scalar();
      if (!split_commas) {
        add(all);
        return out;
      }
      std::size_t start = 0;
      while (start <= all.size()) {
        std::size_t comma = all.find(',', start);
        if (comma == std::string_view::npos) comma = all.size();
        add(all.substr(start, comma - start));
        start = comma + 1;
      }
      return out;
    }
    if (!value.IsSequence()) wrong_shape(key, value, "text or a list");
    for (const auto& item : value) {
      if (item.IsMap() && item["name"]) {
        add(text(key, item["name"]));
      } else {
        add(text(key, item));
      }
    }
    return out;
  }

  // Sets an interviewee field; `field` is name, role, unit, organisation/organization, country.
  bool interviewee_field(const std::string& field, const std::string& key,
                         const YAML::Node& value) {
    Person& p = meta_.interviewee;
    if (field == "name") {
      p.name = text(key, value);
    } else if (field == "role") {
      p.role = text(key, value);
    } else if (field == "unit") {
      p.unit = text(key, value);
    } else if (field == "organisation" || field == "organization") {
      p.organisation = text(key, value);
    } else if (field == "country") {
      p.country = text(key, value);
    } else {
      return false;
    }
    return true;
  }

  void take(const YAML::Node& key_node, const YAML::Node& value) {
    if (!key_node.IsScalar()) {
      throw Error(ErrorKind::input, "a front matter key must be text", location(key_node.Mark()));
    }
    const std::string key = key_node.Scalar();
    if (key == "title") {
      meta_.title = text(key, value);
    } else if (key == "subtitle") {
      meta_.subtitle = text(key, value);
    } else if (key == "author" || key == "authors") {
      meta_.authors = text_list(key, value, false);
    } else if (key == "interviewee") {
      if (value.IsMap()) {
        for (const auto& field : value) {
          std::string name = field.first.Scalar();
          if (!interviewee_field(name, key + "." + name, field.second)) {
            meta_.extra.emplace_back(key + "." + name, as_text(field.second));
          }
        }
      } else {
        meta_.interviewee.name = text(key, value);
      }
    } else if (key.rfind("interviewee.", 0) == 0 && interviewee_field(key.substr(12), key, value)) {
      // a flat interviewee.role and the like
    } else if (key != "name" && interviewee_field(key, key, value)) {
      // a flat role, unit, organisation or country
    } else if (key == "date") {
      meta_.date = text(key, value);
    } else if (key == "lang" || key == "language") {
      meta_.language = text(key, value);
    } else if (key == "dir" && value.IsScalar() &&
               (value.Scalar() == "rtl" || value.Scalar() == "ltr")) {
      meta_.direction = value.Scalar() == "rtl" ? Direction::rtl : Direction::ltr;
    } else if (key == "series") {
      meta_.series = text(key, value);
    } else if (key == "description") {
      meta_.description = text(key, value);
    } else if (key == "keywords") {
      meta_.keywords = text_list(key, value, true);
    } else if (key == "identifier") {
      meta_.identifier = text(key, value);
    } else if (key == "rights") {
      meta_.rights = text(key, value);
    } else {
      meta_.extra.emplace_back(key, as_text(value));
    }
  }

  // Any value as text for meta.extra: a scalar as written, anything else in YAML flow style.
  static std::string as_text(const YAML::Node& value) {
    if (value.IsNull()) return {};
    if (value.IsScalar()) return value.Scalar();
    YAML::Node flow = YAML::Clone(value);
    flow.SetStyle(YAML::EmitterStyle::Flow);
    YAML::Emitter out;
    out << flow;
    return out.c_str();
  }

  const FrontMatterBlock& block_;
  const ReadContext& ctx_;
  Metadata& meta_;
};

bool is_delimiter(std::string_view line, bool closing) {
  line = trim_end(line);
  return line == "---" || (closing && line == "...");
}

}  // namespace

std::optional<FrontMatterBlock> find_front_matter(std::string_view text) {
  std::size_t next = 0;
  if (!is_delimiter(line_at(text, 0, next), false)) return std::nullopt;
  FrontMatterBlock block;
  std::size_t yaml_start = next;
  if (yaml_start >= text.size() || is_blank(line_at(text, yaml_start, next))) return std::nullopt;
  std::uint32_t line = 2;
  for (std::size_t at = yaml_start; at < text.size(); at = next, ++line) {
    std::string_view current = line_at(text, at, next);
    if (line > 2 && is_delimiter(current, true)) {
      block.yaml = text.substr(yaml_start, at - yaml_start);
      block.first_line = 2;
      block.body_offset = next;
      return block;
    }
  }
  return std::nullopt;
}

bool read_front_matter(const FrontMatterBlock& block, const ReadContext& ctx, Metadata& meta) {
  Metadata read = meta;
  if (!FrontMatterReader(block, ctx, read).read()) return false;
  meta = std::move(read);
  return true;
}

}  // namespace govtech::markdown
