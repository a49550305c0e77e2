// The lines of an interview's header: bylines, picture credits, dates and the interviewee line.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "cues.hpp"
#include "govtech/recognise.hpp"
#include "govtech/text.hpp"

namespace govtech {

namespace {

using recognise_detail::char_count;
using recognise_detail::fold_case;

// Words that introduce the authors, as publications in each language print them. A lead
// ending in a letter needs a space after it; one ending in punctuation does not.
constexpr std::string_view kBylineLeads[] = {
    // English
    "interviewed by", "interview by", "interview and photos by", "words by", "written by",
    "text by", "story by", "reporting by", "reported by", "by",
    "author:", "authors:", "text:", "words:", "interviewer:",
    // French
    "propos recueillis par",
    "entretien r\xC3\xA9"
    "alis\xC3\xA9 par",
    "interview r\xC3\xA9"
    "alis\xC3\xA9"
    "e par",
    "par", "texte :", "texte:",
    // Spanish, Portuguese
    "entrevista realizada por", "entrevista de", "entrevista por", "por:", "por", "texto:",
    // German
    "ein interview von", "das interview f\xC3\xBChrte", "interview:", "von",
    // Italian
    "intervista di", "intervista a cura di", "a cura di", "di",
    // Dutch
    "interview door", "tekst:", "door",
    // Indonesian, Malay
    "wawancara oleh", "penulis:", "oleh:", "oleh",
    // Scandinavian
    "intervju:", "av", "af",
    // Korean, Japanese, Chinese: 글, 인터뷰, 정리; 文, 聞き手, 取材・文, 構成; 作者, 记者, 撰文
    "\xEA\xB8\x80\xC2\xB7", "\xEA\xB8\x80=", "\xEA\xB8\x80 ",
    "\xEC\xA0\x95\xEB\xA6\xAC=", "\xEC\xA0\x95\xEB\xA6\xAC ",
    "\xE5\x8F\x96\xE6\x9D\x90\xE3\x83\xBB\xE6\x96\x87", "\xE8\x81\x9E\xE3\x81\x8D\xE6\x89\x8B",
    "\xE6\x96\x87\xE3\x83\xBB", "\xE6\x96\x87\xEF\xBC\x9A", "\xE6\x96\x87:", "\xE6\x96\x87/",
    "\xE6\x96\x87\xEF\xBC\x8F", "\xE6\x96\x87 ", "\xE6\xA7\x8B\xE6\x88\x90",
    "\xE4\xBD\x9C\xE8\x80\x85", "\xE8\xAE\xB0\xE8\x80\x85", "\xE6\x92\xB0\xE6\x96\x87",
    // Arabic: بقلم, كتب, حوار, إعداد
    "\xD8\xA8\xD9\x82\xD9\x84\xD9\x85", "\xD9\x83\xD8\xAA\xD8\xA8",
    "\xD8\xAD\xD9\x88\xD8\xA7\xD8\xB1", "\xD8\xA5\xD8\xB9\xD8\xAF\xD8\xA7\xD8\xAF",
    // Hebrew: מאת, ראיון
    "\xD7\x9E\xD7\x90\xD7\xAA", "\xD7\xA8\xD7\x90\xD7\x99\xD7\x95\xD7\x9F:"};

constexpr std::string_view kReporterSuffixes[] = {
    " \xEA\xB8\xB0\xEC\x9E\x90",   // " 기자": 김민준 기자
    " \xE8\xA8\x98\xE8\x80\x85",   // " 記者"
    " \xE8\xAE\xB0\xE8\x80\x85"};  // " 记者"

// Name particles written in lower case.
constexpr std::string_view kParticles[] = {
    "de",  "da",  "do",  "dos", "das",   "del", "della", "di", "du", "van", "von",
    "der", "den", "ter", "bin", "binti", "al",  "el",    "la", "le", "y",   "e"};

bool uppercase_start(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]);
  if (c >= 'A' && c <= 'Z') return true;
  if (c < 0x80) return false;
  // Outside ASCII: a folded form that differs means a capital; scripts without case count.
  std::size_t pos = 0;
  char32_t cp = next_code_point(word, pos);
  std::string one(word.substr(0, pos));
  if (fold_case(one) != one) return true;
  return !(cp >= 0xDF && cp <= 0x24F) && !(cp >= 0x3B1 && cp <= 0x3C9) &&
         !(cp >= 0x430 && cp <= 0x45F);
}

// A person's name as bylines print it: one to five words, each capitalised or a particle;
// or a short name in a script without case.
bool looks_like_name(std::string_view text) {
  text = trim(text);
  if (text.empty() || char_count(text) > 60) return false;
  std::size_t words = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    ++words;
    bool particle = false;
    for (std::string_view p : kParticles) particle = particle || word == p;
    if (!particle && !uppercase_start(word)) return false;
    for (char c : word) {
      if (c >= '0' && c <= '9') return false;
    }
  }
  return words >= 1 && words <= 5;
}

constexpr std::string_view kMonths[][13] = {
    {"", "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"},
    {"", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
    {"", "janvier", "f\xC3\xA9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\xC3\xBBt",
     "septembre", "octobre", "novembre",
     "d\xC3\xA9"
     "cembre"},
    {"", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
     "octubre", "noviembre", "diciembre"},
    {"", "januar", "februar", "m\xC3\xA4rz", "april", "mai", "juni", "juli", "august", "september",
     "oktober", "november", "dezember"},
    {"", "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
     "settembre", "ottobre", "novembre", "dicembre"},
    {"", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
     "oktober", "november", "december"},
    {"", "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
     "oktober", "november", "desember"},
    {"", "janeiro", "fevereiro", "mar\xC3\xA7o", "abril", "maio", "junho", "julho", "agosto",
     "setembro", "outubro", "novembro", "dezembro"}};

int month_number(std::string_view word) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  for (const auto& names : kMonths) {
    for (int m = 1; m <= 12; ++m) {
      if (word == names[m]) return m;
    }
  }
  if (word == "sept") return 9;
  return 0;
}

std::vector<std::string_view> date_tokens(std::string_view text) {
  std::vector<std::string_view> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == ',' || c == '/' || c == '-' ||
        (c == '.' && i + 1 < text.size() && text[i + 1] == ' ')) {
      ++i;
      continue;
    }
    std::size_t start = i;
    const bool digit = c >= '0' && c <= '9';
    while (i < text.size()) {
      const unsigned char d = static_cast<unsigned char>(text[i]);
      const bool is_digit = d >= '0' && d <= '9';
      if (d == ' ' || d == ',' || d == '/' || d == '-' || is_digit != digit) break;
      if (d == '.' && digit) break;
      ++i;
    }
    if (i == start) ++i;
    tokens.push_back(text.substr(start, i - start));
    if (digit && i < text.size() && text[i] == '.') ++i;  // "12. März"
  }
  return tokens;
}

int to_int(std::string_view digits) {
  int n = 0;
  for (char c : digits) {
    if (c < '0' || c > '9' || n > 100000) return -1;
    n = n * 10 + (c - '0');
  }
  return digits.empty() ? -1 : n;
}

std::string iso(int y, int m, int d) {
  char buf[48];
  if (d > 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  }
  return buf;
}

// How picture credits and captions begin.
constexpr std::string_view kCreditLeads[] = {"photo credit",
                                             "photo:",
                                             "photos:",
                                             "photo :",
                                             "photograph:",
                                             "photography:",
                                             "image credit",
                                             "image:",
                                             "images:",
                                             "image courtesy",
                                             "photo courtesy",
                                             "picture:",
                                             "pictured:",
                                             "illustration:",
                                             "caption:",
                                             "credit:",
                                             "credits:",
                                             "header image",
                                             "featured image",
                                             "foto:",
                                             "fotos:",
                                             "foto :",
                                             "fotografie:",
                                             "bild:",
                                             "bildquelle",
                                             "cr\xC3\xA9"
                                             "dit photo",
                                             "cr\xC3\xA9"
                                             "dits photo",
                                             "cr\xC3\xA9"
                                             "dit :",
                                             "immagine:",
                                             "imagen:",
                                             "afbeelding:",
                                             "beeld:",
                                             "gambar:",
                                             "sumber foto",
                                             "\xC2\xA9",
                                             "\xEC\x82\xAC\xEC\xA7\x84",
                                             "\xE5\x86\x99\xE7\x9C\x9F",
                                             "\xE6\x92\xAE\xE5\xBD\xB1",
                                             "\xE5\x9B\xBE\xE7\x89\x87",
                                             "\xE5\x9B\xBE/",
                                             "\xD8\xB5\xD9\x88\xD8\xB1\xD8\xA9",
                                             "\xD8\xAA\xD8\xB5\xD9\x88\xD9\x8A\xD8\xB1",
                                             "\xD7\xA6\xD7\x99\xD7\x9C\xD7\x95\xD7\x9D"};

// The longest of `leads`, in bytes.
template <std::size_t N>
constexpr std::size_t longest(const std::string_view (&leads)[N]) {
  std::size_t n = 0;
  for (std::string_view lead : leads) n = std::max(n, lead.size());
  return n;
}

// The start of `line` folded, long enough to compare with a lead of up to `lead_bytes` and
// the character after it, as the whole line folded would compare: folding can shorten text
// (U+2019 to one byte) but never below a third. Folding all of a long line to read its start
// was a tenth of the recogniser's time.
std::string folded_start(std::string_view line, std::size_t lead_bytes) {
  std::size_t n = std::min(line.size(), 3 * (lead_bytes + 2));
  while (n < line.size() && (static_cast<unsigned char>(line[n]) & 0xC0) == 0x80) ++n;
  return fold_case(line.substr(0, n));
}

}  // namespace

bool looks_like_person_name(std::string_view text) {
  return looks_like_name(text);
}

std::optional<std::string> parse_date(std::string_view text) {
  std::string folded = fold_case(trim(text));
  std::string_view t = folded;
  for (std::string_view lead : {"published on ", "published ", "updated ", "posted on ", "posted ",
                                "on ", "le ", "publi\xC3\xA9 le ", "publicado el ", "publicado ",
                                "ver\xC3\xB6"
                                "ffentlicht am ",
                                "am ", "date: ", "datum: ", "date : "}) {
    if (t.substr(0, lead.size()) == lead) t = t.substr(lead.size());
  }
  // Korean and Japanese: 2024년 3월 12일, 2024年3月12日.
  {
    int parts[3] = {-1, -1, -1};
    int k = 0;
    std::size_t i = 0;
    bool cjk = false;
    while (i < t.size() && k < 3) {
      std::size_t start = i;
      while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
      if (i == start) break;
      parts[k++] = to_int(t.substr(start, i - start));
      std::string_view rest = t.substr(i);
      std::size_t skip = 0;
      for (std::string_view unit : {"\xEB\x85\x84", "\xEC\x9B\x94", "\xEC\x9D\xBC", "\xE5\xB9\xB4",
                                    "\xE6\x9C\x88", "\xE6\x97\xA5"}) {
        if (rest.substr(0, unit.size()) == unit) skip = unit.size();
      }
      if (skip == 0) break;
      cjk = true;
      i += skip;
      while (i < t.size() && t[i] == ' ') ++i;
    }
    if (cjk && k == 3 && parts[0] > 999 && parts[1] >= 1 && parts[1] <= 12 && parts[2] >= 1 &&
        parts[2] <= 31) {
      return iso(parts[0], parts[1], parts[2]);
    }
  }
  auto tokens = date_tokens(t);
  int year = -1;
  int month = 0;
  int day = -1;
  int numbers = 0;
  for (std::string_view tok : tokens) {
    if (tok == "de" || tok == "del" || tok == "of" || tok == "the") continue;
    std::string_view core = tok;
    for (std::string_view suffix : {"st", "nd", "rd", "th", "er"}) {
      if (core.size() > suffix.size() && core.substr(core.size() - suffix.size()) == suffix &&
          core[0] >= '0' && core[0] <= '9') {
        core = core.substr(0, core.size() - suffix.size());
      }
    }
    const int n = to_int(core);
    if (n >= 0) {
      ++numbers;
      if (core.size() == 4 && year < 0) {
        year = n;
      } else if (n >= 1 && n <= 31 && day < 0) {
        day = n;
      } else if (n >= 1 && n <= 12 && month == 0 && year >= 0) {
        month = n;  // ISO order: 2024-03-12
      } else {
        return std::nullopt;
      }
      continue;
    }
    const int m = month_number(tok);
    if (m == 0 || month != 0) return std::nullopt;
    month = m;
  }
  if (year < 1000 || month == 0) return std::nullopt;
  // A number-only date is ambiguous unless it is year first (2024-03-12).
  if (numbers == 3 && !(tokens.size() == 3 && tokens[0].size() == 4)) return std::nullopt;
  if (numbers == 3) {
    day = to_int(tokens[2]);
    month = to_int(tokens[1]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  }
  return iso(year, month, day > 0 ? day : 0);
}

std::optional<Byline> parse_byline(std::string_view line) {
  line = trim(line);
  if (line.empty() || char_count(line) > 160) return std::nullopt;
  const std::string folded = folded_start(line, longest(kBylineLeads));
  std::string_view rest;
  bool found = false;
  for (std::string_view lead : kBylineLeads) {
    if (folded[0] != lead[0] || std::string_view(folded).substr(0, lead.size()) != lead) continue;
    const unsigned char last = static_cast<unsigned char>(lead.back());
    if (((last >= 'a' && last <= 'z') || last >= 0x80) && lead.size() < folded.size()) {
      const char next = folded[lead.size()];
      if (last < 0x80 && next != ' ' && next != ':' && next != '\t') continue;
    }
    rest = line.substr(lead.size());
    while (!rest.empty() &&
           (rest[0] == ':' || rest[0] == ' ' || rest[0] == '=' || rest[0] == '\t')) {
      rest.remove_prefix(1);
    }
    for (std::string_view colon : {"\xEF\xBC\x9A", "\xE3\x83\xBB"}) {  // full-width : and ・
      if (rest.substr(0, colon.size()) == colon) rest.remove_prefix(colon.size());
    }
    rest = trim(rest);
    found = true;
    break;
  }
  std::string reporter;
  if (!found) {
    // "김민준 기자" and "佐藤 記者": the reporter's title after the name.
    for (std::string_view suffix : kReporterSuffixes) {
      const std::size_t at = line.find(suffix);
      if (at != std::string_view::npos && at > 0 && char_count(line.substr(0, at)) <= 12) {
        reporter = std::string(trim(line.substr(0, at)));
        rest = trim(line.substr(at + suffix.size()));
        found = true;
        break;
      }
    }
    if (!found) return std::nullopt;
  }
  Byline byline;
  if (!reporter.empty()) byline.authors.push_back(reporter);
  // The names end at a separator; a date or reading time may follow.
  std::string_view names = rest;
  std::vector<std::string_view> after;
  for (std::string_view sep : {" | ", "|", " \xC2\xB7 ", " \xE2\x80\xA2 ", " \xE2\x80\x94 ",
                               " \xE2\x80\x93 ", " - ", " / "}) {
    std::size_t at = names.find(sep);
    while (at != std::string_view::npos) {
      after.push_back(trim(names.substr(at + sep.size())));
      names = trim(names.substr(0, at));
      at = names.find(sep);
    }
  }
  for (std::string_view part : after) {
    if (auto date = parse_date(part)) byline.date = *date;
  }
  if (reporter.empty()) {
    // Names separated by commas and "and"; a trailing piece that is a date is the date.
    std::string text = collapse_spaces(names);
    if (!text.empty() && text.back() == '.') text.pop_back();
    std::vector<std::string> pieces;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t best = std::string::npos;
      std::size_t skip = 0;
      for (std::string_view sep :
           {",", " and ", " & ", " et ", " y ", " und ", " e ", " en ", " dan ", " och ", " og "}) {
        std::size_t at = text.find(sep, start);
        if (at < best) {
          best = at;
          skip = sep.size();
        }
      }
      pieces.emplace_back(trim(std::string_view(text).substr(start, best - start)));
      if (best == std::string::npos) break;
      start = best + skip;
    }
    for (std::size_t i = 0; i < pieces.size(); ++i) {
      const std::string& piece = pieces[i];
      if (piece.empty()) continue;
      if (i > 0) {
        // "By Ana Lima, 12 March 2024" and "By Ana Lima, March 12, 2024".
        std::string tail;
        for (std::size_t j = i; j < pieces.size(); ++j) tail += (j > i ? ", " : "") + pieces[j];
        if (auto date = parse_date(tail)) {
          byline.date = *date;
          break;
        }
      }
      if (!looks_like_name(piece)) {
        // "By 2030 we will ..." and "Par ailleurs, ..." are sentences, not bylines.
        return std::nullopt;
      }
      byline.authors.push_back(piece);
    }
  }
  if (byline.authors.empty()) return std::nullopt;
  return byline;
}

bool is_credit_line(std::string_view line) {
  line = trim(line);
  if (line.empty() || char_count(line) > 300) return false;
  // One byte more for the bracket a credit may open with.
  const std::string folded = folded_start(line, longest(kCreditLeads) + 1);
  std::string_view f = folded;
  if (!f.empty() && (f[0] == '(' || f[0] == '[')) f.remove_prefix(1);
  for (std::string_view lead : kCreditLeads) {
    if (f.substr(0, lead.size()) == lead) return true;
  }
  return false;
}

PersonLine person_from_header_line(std::string_view line) {
  std::vector<std::string> f;
  std::size_t start = 0;
  while (true) {
    std::size_t comma = line.find(',', start);
    std::string field = collapse_spaces(line.substr(start, comma - start));
    if (!field.empty()) f.push_back(std::move(field));
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  PersonLine out;
  Person& p = out.person;
  std::size_t n = f.size();
  if (n == 0) return out;
  p.name = f[0];
  if (n == 1) return out;
  p.role = f[1];
  // Places read from the end: a country, then a province or state before it.
  std::size_t end = n;
  bool placed = false;
  if (end > 2 && is_country_name(f[end - 1])) {
    p.country = f[end - 1];
    --end;
    placed = true;
    if (end > 3) {
      const std::string folded = fold_case(f[end - 1]);
      bool compass = false;
      for (std::string_view d : {"north ", "south ", "east ", "west ", "central ", "northern ",
                                 "southern ", "eastern ", "western "}) {
        compass = compass || folded.substr(0, d.size()) == d;
      }
      // An organisation is no place: only a short field without an organisation's word is
      // looked up (which also spares most header lines the reading of the subdivision data).
      static constexpr std::string_view kBodies[] = {
          "ministry",   "department", "agency",   "office", "service",    "council",
          "authority",  "unit",       "division", "bureau", "commission", "institute",
          "university", "government", "team",     "centre", "center",     "programme",
          "program",    "foundation", "company",  "group",  "lab"};
      bool body = false;
      for (std::string_view word : kBodies) body = body || folded.find(word) != std::string::npos;
      const bool place_like = !body && char_count(f[end - 1]) <= 40;
      if (place_like && (is_subdivision_name(f[end - 1]) ||
                         (compass && f[end - 1].find(' ') != std::string::npos))) {
        out.region = f[end - 1];
        --end;
      }
    }
  }
  if (!placed && n >= 5) {
    // Nothing the data knows: the last field is the country as written, as the layout has it.
    p.country = f[n - 1];
    end = n - 1;
  }
  // Between the role and the places: units, then the organisation.
  if (end > 2) {
    p.organisation = f[end - 1];
    for (std::size_t i = 2; i + 1 < end; ++i) {
      if (!p.unit.empty()) p.unit += ", ";
      p.unit += f[i];
    }
  }
  return out;
}

}  // namespace govtech
