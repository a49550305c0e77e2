#include "json_ld.hpp"

#include "govtech/text.hpp"
#include "govtech/xml.hpp"

namespace html_writer {

using namespace govtech;

namespace {

// A JSON string literal that is also safe inside an HTML <script> element: < > & are escaped
// (so "</script>" or "<!--" in a title cannot end or confuse the element), as are the line
// separators JavaScript parsers reject and every control character.
void append_json_string(std::string& out, std::string_view raw) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::string text = xml_safe(raw);
  out.push_back('"');
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    switch (c) {
      case '"':
        out.append("\\\"");
        break;
      case '\\':
        out.append("\\\\");
        break;
      case '\n':
        out.append("\\n");
        break;
      case '\t':
        out.append("\\t");
        break;
      case '<':
      case '>':
      case '&':
        out.append("\\u00");
        out.push_back(kHex[c >> 4]);
        out.push_back(kHex[c & 0xF]);
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out.append("\\u00");
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 0xF]);
        } else if (c == 0xE2 && i + 2 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(text[i + 2]) == 0xA8 ||
                    static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
          out.append(static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029");
          i += 2;
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out.push_back('"');
}

// Builds one JSON object with members in the order they are added; empty values are skipped.
class JsonObject {
 public:
  explicit JsonObject(std::string_view type) { raw("@type", quoted(type)); }
  JsonObject& text(std::string_view key, std::string_view value) {
    if (!is_blank(value)) raw(key, quoted(collapse_spaces(value)));
    return *this;
  }
  JsonObject& raw(std::string_view key, const std::string& json) {
    if (json.empty()) return *this;
    body_.append(body_.empty() ? "" : ",");
    append_json_string(body_, key);
    body_.push_back(':');
    body_.append(json);
    return *this;
  }
  std::string str() const { return "{" + body_ + "}"; }

  static std::string quoted(std::string_view value) {
    std::string out;
    append_json_string(out, value);
    return out;
  }

 private:
  std::string body_;
};

std::string person_json(const Person& who) {
  if (is_blank(who.name)) return {};
  JsonObject person("Person");
  person.text("name", who.name).text("jobTitle", who.role);
  JsonObject address("PostalAddress");
  address.text("addressCountry", who.country);
  const bool has_country = !is_blank(who.country);
  if (!is_blank(who.organisation)) {
    JsonObject org("Organization");
    org.text("name", who.organisation);
    if (!is_blank(who.unit))
      org.raw("department", JsonObject("Organization").text("name", who.unit).str());
    if (has_country) org.raw("address", address.str());
    person.raw("worksFor", org.str());
  } else if (!is_blank(who.unit)) {
    JsonObject org("Organization");
    org.text("name", who.unit);
    if (has_country) org.raw("address", address.str());
    person.raw("worksFor", org.str());
  } else if (has_country) {
    person.raw("workLocation", JsonObject("Place").raw("address", address.str()).str());
  }
  return person.str();
}

std::string article_json(const Document& doc, const std::string& language) {
  const Metadata& meta = doc.meta;
  JsonObject article("Article");
  article.text("headline", meta.title).text("alternativeHeadline", meta.subtitle);
  article.text("description", meta.description).text("inLanguage", language);
  article.text("datePublished", meta.date);
  std::string authors;
  for (const auto& name : meta.authors) {
    if (is_blank(name)) continue;
    authors += (authors.empty() ? "" : ",") + JsonObject("Person").text("name", name).str();
  }
  if (!authors.empty()) article.raw("author", "[" + authors + "]");
  article.raw("about", person_json(meta.interviewee));
  if (!is_blank(meta.series)) {
    article.raw("isPartOf", JsonObject("CreativeWorkSeries").text("name", meta.series).str());
  }
  std::string keywords;
  for (const auto& k : meta.keywords) keywords += (keywords.empty() ? "" : ", ") + k;
  article.text("keywords", keywords).text("copyrightNotice", meta.rights);
  article.text("identifier", meta.identifier);
  return article.str();
}

}  // namespace

std::string json_ld_script(const std::vector<const Document*>& docs, const std::string& language) {
  std::string json;
  if (docs.size() == 1) {
    json = article_json(*docs.front(), language);
    json.insert(1, "\"@context\":\"https://schema.org\",");
  } else {
    json = "{\"@context\":\"https://schema.org\",\"@graph\":[";
    for (std::size_t i = 0; i < docs.size(); ++i) {
      json += (i ? ",\n" : "\n") + article_json(*docs[i], language);
    }
    json += "\n]}";
  }
  return "<script type=\"application/ld+json\">\n" + json + "\n</script>\n";
}

}  // namespace html_writer
