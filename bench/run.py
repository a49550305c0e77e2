#!/usr/bin/env python3
"""govtech-convert side by side with pandoc and cmark, on the same generated inputs.

Every case runs each tool once per round, in an order that rotates from round to round (so
that a noisy neighbour or a warm cache favours no one), and reports the median wall time
over the rounds, the ratio to govtech-convert and the peak resident memory of the process
(from the kernel's rusage of each child; for several processes, the largest).

    bench/run.py                       # all cases, 3 rounds (about 6 minutes on 2 cores)
    bench/run.py --rounds 5 --large    # also the 100 MB linearity point
    bench/run.py --only single,batch   # some cases
    bench/run.py --only docx,html --mammoth /tmp/mammoth/node_modules/.bin/mammoth

Needs the peers on PATH: pandoc, cmark, gzip, and GNU time (.ci/install-deps --bench installs
them); the docx and html cases need only pandoc and GNU time, and measure mammoth (npm's
DOCX to HTML converter) too when it is installed: `mkdir /tmp/mammoth && cd /tmp/mammoth &&
npm install mammoth`, then --mammoth PATH (default: node_modules/.bin/mammoth there).
"""

import argparse
import collections
import html.parser
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import re
import signal
import tempfile
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402

MB = 1024 * 1024
CASES = ["batch", "single", "large", "linearity", "docx", "html"]
PEERS = {"batch": ["pandoc"], "single": ["pandoc"], "large": ["pandoc", "cmark", "gzip"],
         "linearity": ["pandoc", "cmark", "gzip"], "docx": ["pandoc"], "html": ["pandoc"]}


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


class Job:
    """A command, optionally with its standard input and output redirected to files."""

    def __init__(self, argv, stdin=None, stdout=None, timeout=None):
        self.argv, self.stdin, self.stdout, self.timeout = argv, stdin, stdout, timeout

    def start(self, env, with_rss=True):
        # The peak RSS comes from GNU time, which forks the command from its own small
        # process: a child of this script would inherit the script's memory as its starting
        # high-water mark (even through vfork), and the kernel reports it as the child's.
        # Without it (with_rss=False) the command runs bare, for cases where GNU time's own
        # start-up, about a millisecond, would be a large share of the time measured.
        err = tempfile.NamedTemporaryFile(prefix="bench-stderr-", delete=False)
        err.close()
        rss = err.name + ".rss" if with_rss else None
        argv = (["/usr/bin/time", "-f", "%M", "-o", rss] if with_rss else []) + self.argv
        actions = [
            (os.POSIX_SPAWN_OPEN, 0, self.stdin or os.devnull, os.O_RDONLY, 0),
            (os.POSIX_SPAWN_OPEN, 1, self.stdout or os.devnull,
             os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
            (os.POSIX_SPAWN_OPEN, 2, err.name, os.O_WRONLY | os.O_TRUNC, 0o644),
        ]
        program = shutil.which(argv[0]) or argv[0]
        started = time.perf_counter()
        pid = os.posix_spawn(program, argv, env, file_actions=actions,
                             setsid=self.timeout is not None)
        return Running(pid, self.argv, err.name, rss, started, self.timeout)


class Running:
    def __init__(self, pid, argv, stderr_path, rss_path, started, timeout=None):
        self.pid, self.args, self.stderr_path, self.rss_path = pid, argv, stderr_path, rss_path
        self.started, self.timeout = started, timeout


class TimedOut(Exception):
    """A command ran longer than its job's timeout and was killed (with its children)."""


def wait(process):
    """Waits for one command; returns its peak RSS in bytes (0 when it ran without GNU time),
    its CPU seconds (user + system, GNU time's own share included when it ran under it: under
    a millisecond) and its wall seconds from spawn to exit. A failed command stops the run."""
    if process.timeout is None:
        _, status, usage = os.wait4(process.pid, 0)
    else:
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - process.started > process.timeout:
                os.killpg(process.pid, signal.SIGKILL)
                os.wait4(process.pid, 0)
                for path in (process.stderr_path, process.rss_path):
                    if path and os.path.exists(path):
                        os.unlink(path)
                raise TimedOut(process.timeout)
            time.sleep(0.05)
    seconds = time.perf_counter() - process.started
    code = os.waitstatus_to_exitcode(status)
    with open(process.stderr_path, "rb") as f:
        err = f.read().decode(errors="replace")
    os.unlink(process.stderr_path)
    lines = ["0"]
    if process.rss_path:
        with open(process.rss_path) as f:
            lines = f.read().split()
        os.unlink(process.rss_path)
    if code != 0:
        sys.exit(f"failed ({code}): {' '.join(process.args)}\n{err[-2000:]}")
    return int(lines[-1]) * 1024, usage.ru_utime + usage.ru_stime, seconds


def measure(jobs, env, parallel=1, with_rss=True):
    """Runs `jobs` (in sequence, or `parallel` at a time); returns (seconds, peak RSS, CPU
    seconds of all of them). In sequence, the seconds are the sum of each command's own, from
    spawn to exit, leaving out this script's work between them."""
    started = time.perf_counter()
    peak = 0
    cpu = 0.0
    own = 0.0

    def account(process):
        nonlocal peak, cpu, own
        rss, cpu_seconds, seconds = wait(process)
        peak = max(peak, rss)
        cpu += cpu_seconds
        own += seconds

    if parallel == 1:
        for job in jobs:
            account(job.start(env, with_rss))
        return own, peak, cpu
    else:
        pending = list(jobs)
        running = []
        while pending or running:
            while pending and len(running) < parallel:
                running.append(pending.pop(0).start(env, with_rss))
            account(running.pop(0))
    return time.perf_counter() - started, peak, cpu


class Contest:
    """One case: several contenders measured in rotating order for some rounds."""

    def __init__(self, title, rounds, bare=False):
        """bare: time the commands without GNU time around them, and take each one's peak
        RSS from one extra run under it first (for cases of a few milliseconds)."""
        self.title, self.rounds, self.bare = title, rounds, bare
        self.contenders = []  # (name, list of jobs or a callable making them, parallel)

    def add(self, name, jobs, parallel=1, rounds=None, kept=None):
        """kept: a callable returning the share of the input's words found in this
        contender's output (see text_kept), computed once after the rounds."""
        self.contenders.append(
            {"name": name, "jobs": jobs, "parallel": parallel, "rounds": rounds or self.rounds,
             "times": [], "rss": [], "cpu": [], "kept": kept, "timeout": None}
        )

    def run(self, env):
        log(f"== {self.title}")
        for c in self.contenders if self.bare else []:
            _, rss, _ = measure(c["jobs"], env, c["parallel"])
            c["rss"].append(rss)
            log(f"   peak RSS: {c['name']}: {rss / MB:.1f} MB")
        for r in range(self.rounds):
            order = self.contenders[r % len(self.contenders):] + self.contenders[
                : r % len(self.contenders)]
            for c in order:
                if len(c["times"]) >= c["rounds"] or c["timeout"]:
                    continue
                try:
                    seconds, rss, cpu = measure(c["jobs"], env, c["parallel"], not self.bare)
                except TimedOut as e:
                    c["timeout"] = e.args[0]
                    log(f"   round {r + 1}: {c['name']}: killed after {e.args[0]:.0f} s")
                    continue
                c["times"].append(seconds)
                if not self.bare:
                    c["rss"].append(rss)
                c["cpu"].append(cpu)
                log(f"   round {r + 1}: {c['name']}: {seconds:.3f} s wall, {cpu:.3f} s CPU, "
                    f"{rss / MB:.1f} MB")
        return self

    def rows(self):
        base = self.contenders[0]
        base_time = statistics.median(base["times"])
        base_rss = max(base["rss"])
        base_cpu = statistics.median(base["cpu"])
        out = []
        for c in self.contenders:
            kept = c["kept"]() if c["kept"] and c["times"] else None
            if not c["times"]:  # timed out on its first round
                out.append({"case": self.title, "tool": c["name"], "timeout_s": c["timeout"],
                            "time_ratio": c["timeout"] / base_time, "runs": 0,
                            "text_kept": kept})
                continue
            t = statistics.median(c["times"])
            cpu = statistics.median(c["cpu"])
            rss = max(c["rss"])
            out.append({
                "case": self.title, "tool": c["name"], "median_s": t,
                "min_s": min(c["times"]), "max_s": max(c["times"]), "runs": len(c["times"]),
                "peak_rss_mb": rss / MB, "time_ratio": t / base_time,
                "rss_ratio": rss / base_rss, "median_cpu_s": cpu,
                "cpu_ratio": cpu / base_cpu if base_cpu else float("nan"),
                "text_kept": kept,
            })
        return out


class TextOf(html.parser.HTMLParser):
    """The text of an HTML or XHTML document: what a reader sees, without the head, scripts
    and styles."""

    SKIP = {"head", "script", "style", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def words(text):
    return collections.Counter(w.lower() for w in re.findall(r"\w+", text))


def text_of_markup(data):
    parser = TextOf()
    parser.feed(data)
    parser.close()
    return " ".join(parser.parts)


def text_of_output(path):
    """The reader-visible text of an HTML file, or of an EPUB's content documents (its
    navigation document and NCX left out: they repeat the headings)."""
    if path.endswith(".epub"):
        texts = []
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                base = os.path.basename(name).lower()
                if base.endswith((".xhtml", ".html", ".htm")) and "nav" not in base:
                    texts.append(text_of_markup(z.read(name).decode("utf-8", "replace")))
        return " ".join(texts)
    with open(path, encoding="utf-8", errors="replace") as f:
        return text_of_markup(f.read())


def text_kept(references, outputs):
    """A bag-of-words share: of the words of the inputs' plain text (each counted as often as
    it occurs), how many the outputs' text holds too, over all pairs (reference, output)."""
    total = found = 0
    for ref, out in zip(references, outputs):
        want = words(ref)
        have = words(text_of_output(out)) if os.path.exists(out) else collections.Counter()
        total += sum(want.values())
        found += sum(min(n, have[w]) for w, n in want.items())
    return found / total if total else float("nan")


def version(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True, check=False).stdout
        return out.splitlines()[0].strip() if out else "?"
    except OSError:
        return "missing"


def seconds(t):
    return f"{t * 1000:.1f} ms" if t < 1 else f"{t:.2f} s"


def format_table(rows):
    """Ratios are the tool's figure over govtech-convert's: 20.0 means 20 times slower. A
    "text kept" column is added when some case measured it."""
    with_kept = any(r.get("text_kept") is not None for r in rows)
    lines = [
        "| case | tool | wall, median (min–max, runs) | × | CPU, median | × | peak RSS | × |"
        + (" text kept |" if with_kept else ""),
        "|---|---|---|---:|---:|---:|---:|---:|" + ("---:|" if with_kept else ""),
    ]
    for row in rows:
        kept = ""
        if with_kept:
            k = row.get("text_kept")
            kept = f" {k * 100:.1f}% |" if k is not None else " – |"
        if "timeout_s" in row:
            lines.append(
                f"| {row['case']} | {row['tool']} | > {row['timeout_s']:g} s (killed) | "
                f"> {row['time_ratio']:.0f} | – | – | – | – |" + kept)
            continue
        lines.append(
            f"| {row['case']} | {row['tool']} | {seconds(row['median_s'])} "
            f"({row['min_s']:.3f}–{row['max_s']:.3f} s, {row['runs']}) | "
            f"{row['time_ratio']:.2f} | {seconds(row['median_cpu_s'])} | {row['cpu_ratio']:.2f} | "
            f"{row['peak_rss_mb']:.1f} MB | {row['rss_ratio']:.2f} |" + kept
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    root = os.path.dirname(HERE)
    parser.add_argument("--govtech", default=os.path.join(root, "build-bench", "bin",
                                                          "govtech-convert"),
                        help="the govtech-convert program (default: build-bench/bin/...)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per case (default 3)")
    parser.add_argument("--large", action="store_true",
                        help="add the 100 MB point to the linearity case (pandoc is left out)")
    parser.add_argument("--only", default=",".join(CASES),
                        help="comma-separated cases: " + ", ".join(CASES))
    parser.add_argument("--batch-size", type=int, default=200, help="inputs in the batch case")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", help="folder for inputs and outputs (default: a temporary "
                                          "one, removed afterwards)")
    parser.add_argument("--json", help="also write the rows as JSON to this file")
    parser.add_argument("--mammoth", default="/tmp/mammoth/node_modules/.bin/mammoth",
                        help="mammoth, for the docx case (skipped when absent)")
    parser.add_argument("--long-pages", type=int, default=300,
                        help="pages of the long Word document, at 3,000 characters a page")
    parser.add_argument("--page-size", default="10M",
                        help="size of the one large web page of the html case (default 10M)")
    parser.add_argument("--pandoc-timeout", type=float, default=900,
                        help="seconds after which a single pandoc run of the docx and html "
                             "cases is killed and reported as '> N s' (default 900)")
    args = parser.parse_args()
    cases = [c for c in args.only.split(",") if c]
    for c in cases:
        if c not in CASES:
            parser.error(f"unknown case {c!r}; the cases are {', '.join(CASES)}")
    gc = os.path.abspath(args.govtech)
    peers = sorted({p for c in cases for p in PEERS[c]})
    for tool in [gc, "/usr/bin/time"] + [shutil.which(t) or t for t in peers]:
        if not (os.path.isfile(tool) and os.access(tool, os.X_OK)):
            sys.exit(f"not found: {tool} (build govtech-convert; install the peers with "
                     ".ci/install-deps --bench)")

    work = args.workdir or tempfile.mkdtemp(prefix="govtech-bench-")
    os.makedirs(work, exist_ok=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000", LC_ALL="C.UTF-8")
    rows = []
    started = time.time()
    load_before = os.getloadavg()
    try:
        out = os.path.join(work, "out")
        os.makedirs(out, exist_ok=True)

        def big(fmt, mb):
            path = os.path.join(work, f"interview-{mb}mb.{'txt' if fmt == 'text' else 'md'}")
            if not os.path.exists(path):
                log(f"-- generating {path}")
                generate.write_interview(path, fmt, mb * MB, args.seed)
            return path

        if "batch" in cases:
            folder = os.path.join(work, "batch")
            inputs = generate.write_batch(folder, args.batch_size, 8 * 1024, args.seed)
            batch_out = os.path.join(out, "batch")
            os.makedirs(batch_out, exist_ok=True)
            title = f"{len(inputs)} small interviews → EPUB"
            contest = Contest(title, args.rounds)
            contest.add("govtech-convert -j2", [Job([gc, "-q", "-j2", "-t", "epub", "-O",
                                                     batch_out] + inputs)])

            def pandoc_jobs():
                return [Job(["pandoc", p, "-o", os.path.join(
                    batch_out, os.path.basename(p) + ".pandoc.epub")]) for p in inputs]
            contest.add("pandoc, once per file", pandoc_jobs())
            contest.add("pandoc, once per file, 2 at a time", pandoc_jobs(), parallel=2)
            rows += contest.run(env).rows()

        if "single" in cases:
            one = os.path.join(work, "single.md")
            generate.write_interview(one, "md", 8 * 1024, args.seed)
            contest = Contest("one small interview → EPUB", args.rounds * 5, bare=True)
            contest.add("govtech-convert", [Job([gc, "-q", one, "-t", "epub", "-o",
                                                 os.path.join(out, "single.epub")])])
            contest.add("pandoc", [Job(["pandoc", one, "-o",
                                        os.path.join(out, "single.pandoc.epub")])])
            rows += contest.run(env).rows()

        def html_contest(path, mb, with_pandoc):
            contest = Contest(f"{mb} MB Markdown → HTML", args.rounds)
            contest.add("govtech-convert", [Job([gc, "-q", path, "-t", "html", "-o",
                                                 os.path.join(out, f"{mb}.html")])])
            contest.add("cmark", [Job(["cmark", path], stdout=os.path.join(out, f"{mb}.cmark.html"))])
            if with_pandoc:
                contest.add("pandoc", [Job(["pandoc", path, "-s", "-o",
                                            os.path.join(out, f"{mb}.pandoc.html")])])
            return contest

        def epub_contest(path, mb, with_pandoc):
            contest = Contest(f"{mb} MB Markdown → EPUB", args.rounds)
            contest.add("govtech-convert", [Job([gc, "-q", path, "-t", "epub", "-o",
                                                 os.path.join(out, f"{mb}.epub")])])
            html = os.path.join(out, f"{mb}.cmark-for-gzip.html")
            contest.add("cmark + gzip -6", [
                Job(["cmark", path], stdout=html),
                Job(["gzip", "-6", "-c"], stdin=html, stdout=html + ".gz")])
            if with_pandoc:
                contest.add("pandoc", [Job(["pandoc", path, "-o",
                                            os.path.join(out, f"{mb}.pandoc.epub")])])
            return contest

        if "large" in cases:
            path = big("md", 10)
            rows += html_contest(path, 10, True).run(env).rows()
            rows += epub_contest(path, 10, True).run(env).rows()

        if "linearity" in cases:
            sizes = [1, 10] + ([100] if args.large else [])
            for mb in sizes:
                if mb == 10 and "large" in cases:
                    continue  # measured above
                path = big("md", mb)
                rows += html_contest(path, mb, mb <= 10).run(env).rows()
                rows += epub_contest(path, mb, mb <= 10).run(env).rows()
            for mb in sizes:
                path = big("text", mb)
                contest = Contest(f"{mb} MB plain text → EPUB", args.rounds)
                contest.add("govtech-convert", [Job([gc, "-q", path, "-t", "epub", "-o",
                                                     os.path.join(out, f"{mb}.text.epub")])])
                rows += contest.run(env).rows()
        def pandoc_plain(paths, source_format):
            """The plain text pandoc reads from each input (cached beside it as .plain.txt),
            two at a time: the reference of the "text kept" column."""
            out = [p + ".plain.txt" for p in paths]
            pending = [Job(["pandoc", "-f", source_format, "-t", "plain", "--wrap=none", p],
                           stdout=o + ".part") for p, o in zip(paths, out)
                       if not os.path.exists(o)]
            if pending:
                log(f"-- pandoc -t plain of {len(pending)} inputs")
                measure(pending, env, parallel=2, with_rss=False)
                for job in pending:
                    os.replace(job.stdout, job.stdout[:-len(".part")])
            texts = []
            for o in out:
                with open(o, encoding="utf-8") as f:
                    texts.append(f.read())
            return texts

        def kept(references, outputs):
            return lambda: text_kept(references, outputs)

        def batch_md(folder, count, seed):
            os.makedirs(folder, exist_ok=True)
            paths = []
            for i in range(count):
                path = os.path.join(folder, f"interview-{i:04d}.md")
                if not os.path.exists(path):
                    generate.write_interview(path, "md", 8 * 1024, seed * 100003 + i)
                paths.append(path)
            return paths

        if "docx" in cases:
            folder = os.path.join(work, "docx")
            log(f"-- generating {args.batch_size} small Word documents with pandoc")
            inputs = generate.write_docx(batch_md(folder, args.batch_size, args.seed))
            refs = pandoc_plain(inputs, "docx")
            docx_out = os.path.join(out, "docx")
            os.makedirs(docx_out, exist_ok=True)
            ours = [os.path.join(docx_out, os.path.basename(p)[:-5] + ".epub") for p in inputs]
            theirs = [os.path.join(docx_out, os.path.basename(p) + ".pandoc.epub")
                      for p in inputs]
            contest = Contest(f"{len(inputs)} small Word documents → EPUB", args.rounds)
            contest.add("govtech-convert -j2", [Job([gc, "-q", "-j2", "-t", "epub", "-O",
                                                     docx_out] + inputs)],
                        kept=kept(refs, ours))
            pandoc_jobs = lambda: [Job(["pandoc", p, "-o", o]) for p, o in zip(inputs, theirs)]
            contest.add("pandoc, once per file", pandoc_jobs(), kept=kept(refs, theirs))
            contest.add("pandoc, once per file, 2 at a time", pandoc_jobs(), parallel=2)
            rows += contest.run(env).rows()

            # One long document: 3,000 characters a page, of the text pandoc reads from it.
            long_md = os.path.join(work, f"long-{args.long_pages}p.md")
            long_docx = long_md[:-3] + ".docx"
            if not os.path.exists(long_docx):
                log(f"-- generating {long_docx}")
                generate.write_interview(long_md, "md", args.long_pages * 3000, args.seed)
                generate.write_docx([long_md])
            [ref] = pandoc_plain([long_docx], "docx")
            pages = len(ref) / 3000
            title = (f"a {pages:.0f}-page Word document ({os.path.getsize(long_docx) / MB:.1f} "
                     f"MB .docx, {os.path.getsize(long_md) / MB:.2f} MB of Markdown) → HTML")
            contest = Contest(title, args.rounds)
            targets = {k: os.path.join(out, f"long.{k}.html") for k in ("ours", "pandoc",
                                                                          "mammoth")}
            contest.add("govtech-convert", [Job([gc, "-q", long_docx, "-t", "html", "-o",
                                                 targets["ours"]])],
                        kept=kept([ref], [targets["ours"]]))
            contest.add("pandoc -f docx -t html5 -s", [Job(
                ["pandoc", "-f", "docx", "-t", "html5", "-s", long_docx, "-o",
                 targets["pandoc"]], timeout=args.pandoc_timeout)],
                kept=kept([ref], [targets["pandoc"]]))
            mammoth = os.path.abspath(args.mammoth)
            if os.path.isfile(mammoth) and os.access(mammoth, os.X_OK):
                contest.add("mammoth", [Job([mammoth, long_docx, targets["mammoth"]],
                                            timeout=args.pandoc_timeout)],
                            kept=kept([ref], [targets["mammoth"]]))
            else:
                log(f"   mammoth not found at {mammoth}: left out (install it with `mkdir "
                    "/tmp/mammoth && cd /tmp/mammoth && npm install mammoth`, or pass "
                    "--mammoth PATH)")
            rows += contest.run(env).rows()

        if "html" in cases:
            folder = os.path.join(work, "html")
            log(f"-- generating {args.batch_size} web pages")
            md = batch_md(os.path.join(folder, "md"), args.batch_size, args.seed + 1)
            inputs, articles = generate.write_pages(md, gc, folder, args.seed)
            refs = [text_of_output(a) for a in articles]  # the article, without the chrome
            html_out = os.path.join(out, "html")
            os.makedirs(html_out, exist_ok=True)
            ours = [os.path.join(html_out, os.path.basename(p)[:-5] + ".epub") for p in inputs]
            theirs = [os.path.join(html_out, os.path.basename(p) + ".pandoc.epub")
                      for p in inputs]
            contest = Contest(f"{len(inputs)} web pages → EPUB", args.rounds)
            contest.add("govtech-convert -j2", [Job([gc, "-q", "-j2", "-t", "epub", "-O",
                                                     html_out] + inputs)],
                        kept=kept(refs, ours))
            contest.add("pandoc, once per file", [
                Job(["pandoc", "-f", "html", p, "-o", o]) for p, o in zip(inputs, theirs)],
                kept=kept(refs, theirs))
            rows += contest.run(env).rows()

            size = generate.parse_size(args.page_size)
            big_page = os.path.join(work, f"page-{args.page_size}.html")
            if not os.path.exists(big_page):
                log(f"-- generating {big_page}")
                # Our HTML is about 1.3 times the Markdown it comes from; the chrome is small.
                src = os.path.join(work, f"page-{args.page_size}.md")
                generate.write_interview(src, "md", int(size / 1.3), args.seed)
                page_html = subprocess.run([gc, "-q", src, "-t", "html", "-o", "-"],
                                           check=True, capture_output=True).stdout.decode()
                article, page_title = generate.article_of(page_html)
                with open(big_page + ".article.html", "w", encoding="utf-8") as f:
                    f.write(article)
                with open(big_page, "w", encoding="utf-8") as f:
                    f.write(generate.page(article, page_title, args.seed))
            [ref] = [text_of_output(big_page + ".article.html")]
            title = f"one {os.path.getsize(big_page) / MB:.1f} MB web page → HTML"
            contest = Contest(title, args.rounds)
            targets = {k: os.path.join(out, f"page.{k}.html") for k in ("ours", "pandoc")}
            contest.add("govtech-convert", [Job([gc, "-q", big_page, "-t", "html", "-o",
                                                 targets["ours"]])],
                        kept=kept([ref], [targets["ours"]]))
            contest.add("pandoc -f html -t html5 -s", [Job(
                ["pandoc", "-f", "html", "-t", "html5", "-s", big_page, "-o",
                 targets["pandoc"]], timeout=args.pandoc_timeout)],
                kept=kept([ref], [targets["pandoc"]]))
            rows += contest.run(env).rows()
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)

    load_after = os.getloadavg()
    print(f"govtech-convert: {version([gc, '--version'])}")
    named = [version(["pandoc", "--version"])]
    if "cmark" in peers:
        named += [f"cmark {version(['cmark', '--version'])}", version(["gzip", "--version"])]
    mammoth_package = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(
        args.mammoth))), "package.json")
    if "docx" in cases and os.path.exists(mammoth_package):
        with open(mammoth_package) as f:
            named.append(f"mammoth {json.load(f)['version']} (node {version(['node', '-v'])})")
    print(f"peers: {'; '.join(named)}")
    print(f"machine: {os.cpu_count()} cores, {platform.machine()}, load average "
          f"{load_before[0]:.1f} before and {load_after[0]:.1f} after; "
          f"{time.time() - started:.0f} s in all")
    print()
    print(format_table(rows))
    linear = [r for r in rows if r["tool"] == "govtech-convert" and " MB " in r["case"]
              and r["case"].split(" MB ")[0].replace(".", "").isdigit()]
    if linear:
        print()
        print("| govtech-convert | wall seconds per MB | CPU seconds per MB | peak RSS per MB |")
        print("|---|---:|---:|---:|")
        for r in sorted(linear, key=lambda r: (r["case"].split(" MB ")[1],
                                               float(r["case"].split(" MB ")[0]))):
            mb = float(r["case"].split(" MB ")[0])
            print(f"| {r['case']} | {r['median_s'] / mb:.3f} | {r['median_cpu_s'] / mb:.3f} | "
                  f"{r['peak_rss_mb'] / mb:.1f} MB |")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
