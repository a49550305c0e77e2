#include "metadata.hpp"

#include <nlohmann/json.hpp>

#include "dom.hpp"
#include "govtech/text.hpp"

namespace html_reader {

using govtech::Metadata;
using govtech::Person;
using json = nlohmann::json;

namespace {

std::string clean(std::string_view text) {
  return govtech::collapse_spaces(text);
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    const std::size_t comma = text.find(',');
    std::string item = clean(text.substr(0, comma));
    if (!item.empty()) out.push_back(std::move(item));
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return out;
}

// A JSON value that is text, or an object with a name: the text.
std::string text_of(const json& value, const char* key = "name") {
  if (value.is_string()) return clean(value.get<std::string>());
  if (value.is_number()) return value.dump();
  if (value.is_object() && value.contains(key)) return text_of(value[key], "@value");
  if (value.is_array() && !value.empty()) return text_of(value[0], key);
  return {};
}

std::string field(const json& object, const char* key) {
  if (!object.is_object() || !object.contains(key)) return {};
  return text_of(object[key]);
}

bool has_type(const json& object, std::initializer_list<std::string_view> endings) {
  if (!object.is_object() || !object.contains("@type")) return false;
  std::vector<std::string> types;
  const json& type = object["@type"];
  if (type.is_string()) types.push_back(type.get<std::string>());
  if (type.is_array()) {
    for (const json& t : type) {
      if (t.is_string()) types.push_back(t.get<std::string>());
    }
  }
  for (const std::string& t : types) {
    for (std::string_view ending : endings) {
      if (std::string_view(t).ends_with(ending)) return true;
    }
  }
  return false;
}

// The article objects of one JSON-LD script: the value itself, the items of an array, or of
// an @graph; no deeper, so a hostile script costs no more than its size.
std::vector<const json*> article_objects(const json& root) {
  std::vector<const json*> candidates;
  auto consider = [&](const json& value) {
    if (value.is_object()) candidates.push_back(&value);
  };
  auto consider_list = [&](const json& value) {
    if (value.is_array()) {
      for (const json& item : value) consider(item);
    } else {
      consider(value);
    }
  };
  consider_list(root);
  if (root.is_object() && root.contains("@graph")) consider_list(root["@graph"]);
  std::vector<const json*> articles;
  for (const json* c : candidates) {
    if (has_type(*c, {"Article", "BlogPosting", "Report", "Interview", "Posting"})) {
      articles.push_back(c);
    }
  }
  if (articles.empty()) {
    for (const json* c : candidates) {
      if (has_type(*c, {"WebPage"})) articles.push_back(c);
    }
  }
  return articles;
}

void fill(std::string& into, const std::string& value) {
  if (into.empty() && !value.empty()) into = value;
}

Person person_of(const json& about) {
  Person who;
  if (!about.is_object()) return who;
  who.name = field(about, "name");
  who.role = field(about, "jobTitle");
  if (about.contains("worksFor") && about["worksFor"].is_object()) {
    const json& org = about["worksFor"];
    who.organisation = field(org, "name");
    if (org.contains("department")) who.unit = text_of(org["department"]);
    if (org.contains("address")) who.country = field(org["address"], "addressCountry");
  }
  if (who.country.empty() && about.contains("workLocation") && about["workLocation"].is_object()) {
    const json& place = about["workLocation"];
    if (place.contains("address")) who.country = field(place["address"], "addressCountry");
  }
  return who;
}

void read_json_ld(const json& article, Metadata& meta) {
  fill(meta.title, field(article, "headline"));
  fill(meta.title, field(article, "name"));
  fill(meta.subtitle, field(article, "alternativeHeadline"));
  fill(meta.description, field(article, "description"));
  fill(meta.date, field(article, "datePublished"));
  fill(meta.language, field(article, "inLanguage"));
  fill(meta.rights, field(article, "copyrightNotice"));
  fill(meta.identifier, field(article, "identifier"));
  if (meta.authors.empty() && article.contains("author")) {
    const json& author = article["author"];
    if (author.is_array()) {
      for (const json& a : author) {
        if (std::string name = text_of(a); !name.empty()) meta.authors.push_back(name);
      }
    } else if (std::string name = text_of(author); !name.empty()) {
      meta.authors.push_back(name);
    }
  }
  if (meta.keywords.empty() && article.contains("keywords")) {
    const json& keywords = article["keywords"];
    if (keywords.is_string()) meta.keywords = split_list(keywords.get<std::string>());
    if (keywords.is_array()) {
      for (const json& k : keywords) {
        if (std::string word = text_of(k); !word.empty()) meta.keywords.push_back(word);
      }
    }
  }
  if (meta.interviewee.empty() && article.contains("about")) {
    const json& about = article["about"];
    const json& person = about.is_array() && !about.empty() ? about[0] : about;
    if (has_type(person, {"Person"})) meta.interviewee = person_of(person);
  }
  if (meta.series.empty() && article.contains("isPartOf")) {
    const json& series = article["isPartOf"];
    if (has_type(series, {"Series", "Periodical"})) meta.series = field(series, "name");
  }
}

// "en_GB" (OpenGraph's locale) as a language tag.
std::string locale_tag(std::string locale) {
  for (char& c : locale) {
    if (c == '_') c = '-';
  }
  return govtech::is_language_tag(locale) ? locale : std::string();
}

}  // namespace

std::string without_site_name(const std::string& title, const std::string& site) {
  if (site.empty() || title.size() <= site.size() || !title.ends_with(site)) return title;
  std::string_view head =
      govtech::trim_end(std::string_view(title).substr(0, title.size() - site.size()));
  for (std::string_view separator : {"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7", ":"}) {
    if (head.ends_with(separator)) {
      std::string_view rest = govtech::trim_end(head.substr(0, head.size() - separator.size()));
      if (!rest.empty()) return std::string(rest);
    }
  }
  return title;
}

std::string headline_title(const std::string& title, std::string_view headline) {
  headline = govtech::trim(headline);
  if (headline.empty() || title.size() <= headline.size() || !title.starts_with(headline))
    return title;
  const std::string_view rest = govtech::trim(std::string_view(title).substr(headline.size()));
  for (std::string_view separator : {"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7"}) {
    if (rest.starts_with(separator)) return std::string(headline);
  }
  return title;
}

PageInfo read_page_info(const GumboNode* html) {
  PageInfo info;
  Metadata from_json_ld, from_open_graph, from_twitter, from_names;
  std::string title_element, site_name, generator;
  bool have_json_ld = false;

  std::vector<const GumboNode*> work{html};
  while (!work.empty()) {
    const GumboNode* n = work.back();
    work.pop_back();
    if (!is_element(n)) continue;
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_META) {
      const std::string name = ascii_lower(attribute_or(n, "name"));
      const std::string property = ascii_lower(attribute_or(n, "property"));
      const std::string content = clean(attribute_or(n, "content"));
      if (const char* charset = attribute(n, "charset")) info.charset = ascii_lower(clean(charset));
      if (ascii_lower(attribute_or(n, "http-equiv")) == "content-type") {
        const std::string value = ascii_lower(content);
        if (auto at = value.find("charset="); at != std::string::npos) {
          info.charset = clean(value.substr(at + 8));
        }
      }
      const std::string& key = property.empty() ? name : property;
      if (key == "generator") generator = content;
      if (key == "og:title") fill(from_open_graph.title, content);
      if (key == "og:description") fill(from_open_graph.description, content);
      if (key == "og:locale") fill(from_open_graph.language, locale_tag(content));
      if (key == "og:site_name") fill(site_name, content);
      if (key == "article:published_time") fill(from_open_graph.date, content);
      if (key == "article:author" && !content.starts_with("http") && !content.empty())
        from_open_graph.authors.push_back(content);
      if (key == "article:tag" && !content.empty()) from_open_graph.keywords.push_back(content);
      if (key == "twitter:title") fill(from_twitter.title, content);
      if (key == "twitter:description") fill(from_twitter.description, content);
      if (key == "author" && from_names.authors.empty()) from_names.authors = split_list(content);
      if (key == "description") fill(from_names.description, content);
      if (key == "keywords" && from_names.keywords.empty())
        from_names.keywords = split_list(content);
    } else if (tag == GUMBO_TAG_SCRIPT &&
               ascii_lower(attribute_or(n, "type")) == "application/ld+json") {
      const json parsed = json::parse(text_content(n), nullptr, false);
      if (!parsed.is_discarded()) {
        for (const json* article : article_objects(parsed)) {
          read_json_ld(*article, from_json_ld);
          have_json_ld = true;
        }
      }
      continue;
    } else if (tag == GUMBO_TAG_STYLE) {
      info.styles.add_stylesheet(text_content(n));
      continue;
    } else if (tag == GUMBO_TAG_BASE && info.base.empty()) {
      info.base = clean(attribute_or(n, "href"));
    } else if (tag == GUMBO_TAG_TITLE && title_element.empty()) {
      title_element = clean(text_content(n));
      continue;
    } else if (tag == GUMBO_TAG_BODY) {
      // Google Docs' "Download as web page" marks its body so, and says nothing else.
      info.google_docs = info.google_docs || has_token(n, "class", "doc-content");
      // Word puts the document's language on <body>.
      if (const char* lang = attribute(n, "lang"); lang && info.meta.language.empty()) {
        info.meta.language = clean(lang);
      }
    } else if (tag == GUMBO_TAG_HTML) {
      info.meta.language = clean(attribute_or(n, "lang", attribute_or(n, "xml:lang")));
      if (ascii_lower(attribute_or(n, "dir")) == "rtl") info.meta.extra.emplace_back("dir", "rtl");
    }
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_TEMPLATE) continue;
    const GumboVector* kids = children(n);
    for (unsigned i = kids->length; i > 0; --i) {
      work.push_back(static_cast<const GumboNode*>(kids->data[i - 1]));
    }
  }

  info.own_writer = generator.starts_with("govtech-convert");
  info.google_docs = info.google_docs || generator.find("Google") != std::string::npos;
  Metadata& meta = info.meta;
  std::string page_language = meta.language;
  meta.language.clear();
  // The project's own pages say everything in their JSON-LD and header; their description
  // and <title> are derived from the content, and reading them would add what was not there.
  const std::vector<const Metadata*> sources =
      info.own_writer ? std::vector<const Metadata*>{&from_json_ld}
                      : std::vector<const Metadata*>{&from_json_ld, &from_open_graph, &from_twitter,
                                                     &from_names};
  for (const Metadata* source : sources) {
    fill(meta.title, source->title);
    fill(meta.subtitle, source->subtitle);
    fill(meta.description, source->description);
    fill(meta.date, source->date);
    fill(meta.language, source->language);
    fill(meta.rights, source->rights);
    fill(meta.identifier, source->identifier);
    fill(meta.series, source->series);
    if (meta.authors.empty()) meta.authors = source->authors;
    if (meta.keywords.empty()) meta.keywords = source->keywords;
    if (meta.interviewee.empty()) meta.interviewee = source->interviewee;
  }
  // The page's own language attribute is what the page is written in; a JSON-LD inLanguage
  // or an OpenGraph locale only stands in when it says nothing.
  if (govtech::is_language_tag(page_language)) meta.language = page_language;
  if (!info.own_writer) fill(meta.title, without_site_name(title_element, site_name));
  if (have_json_ld) info.notes.push_back("metadata from the page's schema.org JSON-LD");
  if (!info.own_writer && (!from_open_graph.title.empty() || !from_twitter.title.empty()))
    info.notes.push_back("metadata from OpenGraph and Twitter card tags");
  return info;
}

}  // namespace html_reader
