#!/usr/bin/env python3
"""Deterministic interviews for the benchmark, in plain text and in Markdown.

The same seed and size always give the same bytes (no clock, no hash randomisation, no
locale). Plain text follows the published layout that the text reader recognises (a header
line naming the interviewee, a byline, a series line, then questions and answers separated
by two blank lines; see plugins/text-reader/README.md). Markdown has YAML front matter,
questions as `## ...?` headings and rich answers: emphasis, links, inline code, lists,
block quotes, fenced code, tables.

    bench/generate.py --format md --size 10M -o big.md
    bench/generate.py --format text --size 8K --seed 3 -o small.txt
    bench/generate.py --batch 200 --size 8K -O smalls/    # alternating .txt and .md files
    bench/generate.py --format docx --size 900K -o long.docx  # Markdown made .docx by pandoc
    bench/generate.py --format page --size 8K --govtech build/bin/govtech-convert -o page.html

Word documents are the Markdown interviews converted by pandoc (`pandoc in.md -o in.docx`),
so that no document is committed. Web pages are govtech-convert's own HTML of a Markdown
interview, its article wrapped in the chrome of a saved news page: a header with the site's
name and navigation, a cookie banner, a breadcrumb trail, a sidebar of related articles and
a footer (see `page`).
"""

import argparse
import html
import os
import random
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

FIRST_NAMES = [
    "Amara", "Kofi", "Lucía", "Ingrid", "Tomás", "Hana", "Priya", "Jonas", "Amelia", "Mei",
    "Olusegun", "Aroha", "Sven", "Fatima", "Mateus", "Chiara", "Dmitri", "Nadia", "Kwame",
    "Élodie", "Rafael", "Yuki", "Zanele", "Björn", "Leila", "Tariq", "Siobhán", "Ana",
]
LAST_NAMES = [
    "Osei", "Mensah", "Fernández", "Solberg", "Reyes", "Kobayashi", "Raman", "Weber",
    "Hartmann", "Chen", "Adeyemi", "Ngata", "Lindqvist", "Haddad", "Costa", "Romano",
    "Volkov", "Karimi", "Boateng", "Dubois", "Moreno", "Tanaka", "Dlamini", "Eriksson",
]
ROLES = [
    "Head of Digital Services", "Chief Technology Officer", "Director of Service Design",
    "Lead Product Manager", "Head of Data", "Chief Information Security Officer",
    "Deputy Director for Digital Identity", "Head of User Research",
]
UNITS = [
    "Service Design Unit", "Government Digital Service", "Open Data Office",
    "Digital Identity Programme", "Platform Team", "Cyber Security Centre",
]
ORGANISATIONS = [
    "Ministry of Communications and Digitalisation", "Ministry of Public Administration",
    "City of Rotterdam", "Department of Internal Affairs", "Federal Chancellery",
    "National Statistics Office", "Ministry of Health", "Tax Administration",
]
COUNTRIES = [
    "Ghana", "Norway", "Argentina", "New Zealand", "Germany", "Brazil", "Italy", "Japan",
    "South Africa", "Sweden", "Kenya", "Canada", "Estonia", "Chile",
]
SERIES = [
    "Women in GovTech Special Report 2020.", "GovTech Leaders 2024",
    "Digital Public Infrastructure Series", "Open Government Interviews",
]
QUESTION_STARTS = [
    "How did you", "What was the hardest part when you", "Why did your team",
    "What would you change if you had to", "Who helped most when you",
    "What did you learn when you", "How do you measure success when you",
    "What surprised you when you", "Which mistakes did you make when you",
    "How would you advise a new team to",
]
QUESTION_ENDS = [
    "move permit applications online", "publish every contract the city signs",
    "replace eleven logins with one", "hire your first user researchers",
    "rebuild birth registration", "open the procurement data",
    "retire the mainframe", "test with people who struggle with technology",
    "write the service standard", "run the first public beta",
    "agree who owns the record", "cut the form from forty questions to twelve",
]
WORDS = (
    "service team citizens data form office district agency record policy design research "
    "people phone certificate registration platform budget minister process user test week "
    "month year pilot rollout standard login identity trust security access language content "
    "question answer counter clerk paper queue appointment schedule network cloud archive "
    "contract supplier procurement open licence budget health school tax benefit permit "
    "farmer mother daughter officer director council region village city state nation "
    "mobile message text email letter visit journey failure success measure metric target "
    "outcome delivery sprint backlog roadmap interview survey feedback complaint praise "
    "the a an of to in for on with by from about after before during between through over "
    "and but or so because while when where which that this these those every each most "
    "is was were are be been had has have do did made took gave found kept built ran "
    "quickly slowly carefully openly quietly simply together again never always often "
    "small large new old public private local national digital paper basic rural urban"
).split()
LANGUAGES = ["python", "sql", "sh", "json", "text"]
CODE_LINES = [
    "SELECT district, count(*) FROM registrations GROUP BY district;",
    "curl -s https://example.org/api/permits?status=open | jq '.items[]'",
    "export -> validate -> publish",
    '{"service": "birth-registration", "visits": 1, "days": 0}',
    "for office in offices: office.schedule(visit_slots(office))",
    "if form.fields > 12: raise ReviewNeeded(form.name)",
    "grep -c 'abandoned' logs/2024-*.txt",
]


def parse_size(text):
    """'8K', '10M', '1.5M', '200000' -> bytes."""
    text = text.strip().upper().removesuffix("B")
    factor = 1
    if text and text[-1] in "KMG":
        factor = {"K": 1024, "M": 1024 * 1024, "G": 1024 * 1024 * 1024}[text[-1]]
        text = text[:-1]
    return int(float(text) * factor)


class Interview:
    """One interview's worth of random but reproducible content."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        r = self.rng
        self.name = f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}"
        self.role = r.choice(ROLES)
        self.unit = r.choice(UNITS)
        self.organisation = r.choice(ORGANISATIONS)
        self.country = r.choice(COUNTRIES)
        self.author = f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}"
        self.series = r.choice(SERIES)
        self.serial = 0

    def words(self, low, high):
        r = self.rng
        return r.choices(WORDS, k=r.randint(low, high))

    def sentence(self):
        w = self.words(6, 22)
        w[0] = w[0].capitalize()
        return " ".join(w) + self.rng.choice(".........?!")

    def paragraph(self, low=2, high=6):
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def question(self):
        r = self.rng
        self.serial += 1
        # The number keeps questions distinct, as in a real archive of many interviews.
        return f"{r.choice(QUESTION_STARTS)} {r.choice(QUESTION_ENDS)} ({self.serial})?"

    # --- plain text: the published layout ---

    def text_header(self):
        return (
            f"{self.name}, {self.role}, {self.unit}, {self.organisation}, {self.country}\n\n"
            f"By {self.author}\n\n{self.series}\n\n"
        )

    def text_section(self):
        paragraphs = [self.paragraph() for _ in range(self.rng.randint(1, 4))]
        return self.question() + "\n\n\n" + "\n\n".join(paragraphs) + "\n\n\n"

    # --- Markdown: front matter, `## ...?` questions, rich answers ---

    def md_header(self):
        r = self.rng
        return (
            "---\n"
            f'title: "A conversation with {self.name}"\n'
            "interviewee:\n"
            f"  name: {self.name}\n"
            f"  role: {self.role}\n"
            f"  unit: {self.unit}\n"
            f"  organisation: {self.organisation}\n"
            f"  country: {self.country}\n"
            "author:\n"
            f"  - {self.author}\n"
            f"series: {self.series}\n"
            f"date: 20{r.randint(18, 25)}-0{r.randint(1, 9)}-1{r.randint(0, 9)}\n"
            "lang: en\n"
            "---\n\n"
            f"{self.paragraph(2, 3)}\n\n"
        )

    def rich_sentence(self):
        """A sentence with inline markup: emphasis, strong, code, links, entities."""
        r = self.rng
        w = self.words(8, 22)
        w[0] = w[0].capitalize()
        marked = set()  # each word gets at most one mark, so link targets stay plain words
        for _ in range(r.randint(0, 3)):
            i = r.randrange(1, len(w))
            if i in marked:
                continue
            marked.add(i)
            kind = r.randrange(6)
            if kind == 0:
                w[i] = f"*{w[i]}*"
            elif kind == 1:
                w[i] = f"**{w[i]}**"
            elif kind == 2:
                w[i] = f"`{w[i]}_{r.randint(1, 99)}`"
            elif kind == 3:
                w[i] = f"[{w[i]}](https://example.org/{w[i]}/{r.randint(1, 9999)})"
            elif kind == 4:
                w[i] = f"{w[i]} &amp; {r.choice(WORDS)}"
            else:
                w[i] = f"_{w[i]} {r.choice(WORDS)}_"
        return " ".join(w) + r.choice("........?!")

    def rich_paragraph(self, low=2, high=5):
        # Wrapped at about 90 columns, as people write Markdown.
        text = " ".join(self.rich_sentence() for _ in range(self.rng.randint(low, high)))
        lines, line = [], []
        width = 0
        for word in text.split(" "):
            if width + len(word) > 90 and line:
                lines.append(" ".join(line))
                line, width = [], 0
            line.append(word)
            width += len(word) + 1
        lines.append(" ".join(line))
        return "\n".join(lines)

    def md_block(self):
        r = self.rng
        kind = r.choices(
            ["p", "ul", "ol", "quote", "code", "table"], weights=[10, 2, 2, 1, 1, 1]
        )[0]
        if kind == "p":
            return self.rich_paragraph()
        if kind == "ul":
            items = [f"- {self.rich_sentence()}" for _ in range(r.randint(2, 5))]
            if r.random() < 0.3:
                items.insert(1, f"  - {self.rich_sentence()}")
            return "\n".join(items)
        if kind == "ol":
            return "\n".join(
                f"{n}. {self.rich_sentence()}" for n in range(1, r.randint(3, 6))
            )
        if kind == "quote":
            return "> " + self.rich_paragraph(1, 3).replace("\n", "\n> ")
        if kind == "code":
            body = "\n".join(r.choice(CODE_LINES) for _ in range(r.randint(1, 6)))
            return f"```{r.choice(LANGUAGES)}\n{body}\n```"
        rows = ["| Measure | Before | After |", "|:--------|-------:|------:|"]
        for _ in range(r.randint(2, 5)):
            rows.append(
                f"| {' '.join(self.words(1, 4))} | {r.randint(1, 99)}% | {r.randint(1, 99)}% |"
            )
        return "\n".join(rows)

    def md_section(self):
        blocks = [self.md_block() for _ in range(self.rng.randint(1, 5))]
        return f"## {self.question()}\n\n" + "\n\n".join(blocks) + "\n\n"


def interview(fmt, size, seed):
    """One interview of about `size` bytes (never fewer than two questions) as UTF-8 bytes."""
    iv = Interview(seed)
    parts = [iv.text_header() if fmt == "text" else iv.md_header()]
    section = iv.text_section if fmt == "text" else iv.md_section
    total = len(parts[0].encode())
    count = 0
    while total < size or count < 2:
        piece = section()
        parts.append(piece)
        total += len(piece.encode())
        count += 1
    data = "".join(parts)
    if fmt == "text":
        data = data.rstrip("\n") + "\n"
    return data.encode()


def write_interview(path, fmt, size, seed):
    data = interview(fmt, size, seed)
    with open(path, "wb") as out:
        out.write(data)
    return len(data)


def write_batch(folder, count, size, seed):
    """`count` small interviews, alternately plain text and Markdown; returns their paths."""
    os.makedirs(folder, exist_ok=True)
    paths = []
    for i in range(count):
        fmt = "text" if i % 2 == 0 else "md"
        ext = "txt" if fmt == "text" else "md"
        path = os.path.join(folder, f"interview-{i:04d}.{ext}")
        write_interview(path, fmt, size, seed * 100003 + i)
        paths.append(path)
    return paths


SITE_SECTIONS = ["News", "Interviews", "Case studies", "Procurement", "Data", "Events",
                 "Jobs", "About us"]
FOOTER_LINKS = ["Accessibility statement", "Privacy notice", "Cookie settings",
                "Terms of use", "Contact the editors", "RSS feeds", "Newsletter archive",
                "Corrections policy"]


def page(article_html, title, seed):
    """A saved article page around `article_html` (the inside of an <article>): the chrome a
    browser's "save page" keeps of a public-sector news site, with scripts, a stylesheet link,
    navigation, a cookie banner, breadcrumbs, related links and a footer."""
    rng = random.Random(seed)
    iv = Interview(seed)
    esc = html.escape
    nav = "\n".join(f'      <li><a href="/{s.lower().replace(" ", "-")}/">{esc(s)}</a></li>'
                    for s in SITE_SECTIONS)
    related = []
    for i in range(rng.randint(5, 9)):
        who = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        related.append(
            f'      <li><a href="/interviews/{seed}-{i}/">{esc(who)}, {esc(rng.choice(ROLES))},'
            f' on {esc(rng.choice(UNITS).lower())}</a> <span class="meta">'
            f'{rng.randint(2, 14)} min read</span></li>')
    footer = "\n".join(f'      <li><a href="/{t.lower().replace(" ", "-")}/">{esc(t)}</a></li>'
                       for t in FOOTER_LINKS)
    tags = " ".join(f'<a class="tag" href="/tags/{w}/">{w}</a>'
                    for w in rng.sample(WORDS, 4))
    return (f"""<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Public Service Digital Review</title>
<link rel="stylesheet" href="/static/css/site.min.css">
<link rel="canonical" href="https://review.example.org/interviews/{seed}/">
<script>document.documentElement.className = "js";</script>
<script async src="/static/js/analytics.js"></script>
</head>
<body class="article-page">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookies">
  <p>We use essential cookies to make this site work, and optional analytics cookies to
  understand how it is used. You can change your choice at any time.</p>
  <button type="button" class="accept">Accept analytics cookies</button>
  <button type="button" class="reject">Reject analytics cookies</button>
  <a href="/cookie-settings/">View cookie settings</a>
</div>
<a class="skip-link" href="#content">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/logo.svg" alt="Public Service Digital Review"></a>
  <form class="search" action="/search/" role="search"><label for="q">Search</label>
    <input id="q" name="q" type="search"><button type="submit">Go</button></form>
  <nav class="primary" aria-label="Sections">
    <ul>
{nav}
    </ul>
  </nav>
</header>
<div class="page">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>
    <li><a href="/interviews/">Interviews</a></li><li aria-current="page">{esc(title)}</li></ol></nav>
  <main id="content">
    <article class="story">
{article_html}
    <p class="tags">Tagged: {tags}</p>
    <div class="share">Share this article: <a href="#">email</a> <a href="#">copy link</a></div>
    </article>
  </main>
  <aside class="related" aria-labelledby="related-title">
    <h2 id="related-title">Related interviews</h2>
    <ul>
{chr(10).join(related)}
    </ul>
    <div class="newsletter"><h2>Our weekly briefing</h2><p>{esc(iv.sentence())}</p>
      <a class="button" href="/newsletter/">Sign up</a></div>
  </aside>
</div>
<footer class="site-footer">
  <ul>
{footer}
  </ul>
  <p>&copy; 2024 Public Service Digital Review. Text available under an open licence
  unless otherwise stated.</p>
</footer>
<script src="/static/js/site.min.js"></script>
</body>
</html>
""")


def article_of(page_html):
    """The inside of the first <article> of govtech-convert's HTML, and the page's title."""
    start = page_html.index("<article>") + len("<article>")
    end = page_html.rindex("</article>")
    title = page_html[page_html.index("<title>") + 7:page_html.index("</title>")]
    return page_html[start:end].strip("\n"), html.unescape(title)


def write_docx(md_paths, pandoc="pandoc", parallel=2):
    """Converts each Markdown file to a .docx beside it with pandoc (skipping those that
    exist already); returns the .docx paths."""
    out = [os.path.splitext(p)[0] + ".docx" for p in md_paths]

    def one(pair):
        md, docx = pair
        if not os.path.exists(docx):
            subprocess.run([pandoc, md, "-o", docx + ".part.docx"], check=True)
            os.replace(docx + ".part.docx", docx)
    with ThreadPoolExecutor(parallel) as pool:
        list(pool.map(one, zip(md_paths, out)))
    return out


def write_pages(md_paths, govtech, folder, seed):
    """Each Markdown interview through govtech-convert's HTML writer (one -O run), wrapped in
    `page`; returns the pages' paths (NAME.html in `folder`) and the article fragments'."""
    plain = os.path.join(folder, "articles")
    os.makedirs(plain, exist_ok=True)
    subprocess.run([govtech, "-q", "-j2", "-t", "html", "-O", plain] + md_paths, check=True)
    pages = []
    for i, md in enumerate(md_paths):
        name = os.path.splitext(os.path.basename(md))[0] + ".html"
        with open(os.path.join(plain, name), encoding="utf-8") as f:
            article, title = article_of(f.read())
        path = os.path.join(folder, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(page(article, title, seed * 7919 + i))
        pages.append(path)
    return pages, [os.path.join(plain, os.path.basename(p)) for p in pages]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--format", choices=["text", "md", "docx", "page"], default="md",
                        help="docx needs pandoc; page needs --govtech")
    parser.add_argument("--govtech", help="govtech-convert, whose HTML --format page wraps")
    parser.add_argument("--size", default="8K", help="approximate size: 8K, 10M, ...")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", help="file to write (default: standard output)")
    parser.add_argument("--batch", type=int, help="write this many interviews into -O DIR")
    parser.add_argument("-O", "--output-dir", help="folder for --batch")
    args = parser.parse_args()
    size = parse_size(args.size)
    if args.batch:
        if not args.output_dir:
            parser.error("--batch needs -O DIR")
        write_batch(args.output_dir, args.batch, size, args.seed)
    elif args.format in ("docx", "page"):
        if not args.output:
            parser.error(f"--format {args.format} needs -o FILE")
        md = os.path.splitext(os.path.abspath(args.output))[0] + ".source.md"
        write_interview(md, "md", size, args.seed)
        if args.format == "docx":
            subprocess.run(["pandoc", md, "-o", args.output], check=True)
        else:
            if not args.govtech:
                parser.error("--format page needs --govtech PATH")
            done = subprocess.run([args.govtech, "-q", md, "-t", "html", "-o", "-"], check=True,
                                  capture_output=True).stdout.decode()
            article, title = article_of(done)
            with open(args.output, "w", encoding="utf-8") as f:
                f.write(page(article, title, args.seed))
        os.unlink(md)
    elif args.output:
        write_interview(args.output, args.format, size, args.seed)
    else:
        sys.stdout.buffer.write(interview(args.format, size, args.seed))


if __name__ == "__main__":
    main()
