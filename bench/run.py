#!/usr/bin/env python3
"""govtech-convert side by side with pandoc and cmark, on the same generated inputs.

Every case runs each tool once per round, in an order that rotates from round to round (so
that a noisy neighbour or a warm cache favours no one), and reports the median wall time
over the rounds, the ratio to govtech-convert and the peak resident memory of the process
(from the kernel's rusage of each child; for several processes, the largest).

    bench/run.py                       # all cases, 3 rounds (about 6 minutes on 2 cores)
    bench/run.py --rounds 5 --large    # also the 100 MB linearity point
    bench/run.py --only single,batch   # some cases

Needs the peers on PATH: pandoc, cmark, gzip, and GNU time (.ci/install-deps --bench installs
them).
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import generate  # noqa: E402

MB = 1024 * 1024
CASES = ["batch", "single", "large", "linearity"]


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


class Job:
    """A command, optionally with its standard input and output redirected to files."""

    def __init__(self, argv, stdin=None, stdout=None):
        self.argv, self.stdin, self.stdout = argv, stdin, stdout

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
        pid = os.posix_spawn(program, argv, env, file_actions=actions)
        return Running(pid, self.argv, err.name, rss, started)


class Running:
    def __init__(self, pid, argv, stderr_path, rss_path, started):
        self.pid, self.args, self.stderr_path, self.rss_path = pid, argv, stderr_path, rss_path
        self.started = started


def wait(process):
    """Waits for one command; returns its peak RSS in bytes (0 when it ran without GNU time),
    its CPU seconds (user + system, GNU time's own share included when it ran under it: under
    a millisecond) and its wall seconds from spawn to exit. A failed command stops the run."""
    _, status, usage = os.wait4(process.pid, 0)
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

    def add(self, name, jobs, parallel=1, rounds=None):
        self.contenders.append(
            {"name": name, "jobs": jobs, "parallel": parallel, "rounds": rounds or self.rounds,
             "times": [], "rss": [], "cpu": []}
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
                if len(c["times"]) >= c["rounds"]:
                    continue
                seconds, rss, cpu = measure(c["jobs"], env, c["parallel"], not self.bare)
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
            t = statistics.median(c["times"])
            cpu = statistics.median(c["cpu"])
            rss = max(c["rss"])
            out.append({
                "case": self.title, "tool": c["name"], "median_s": t,
                "min_s": min(c["times"]), "max_s": max(c["times"]), "runs": len(c["times"]),
                "peak_rss_mb": rss / MB, "time_ratio": t / base_time,
                "rss_ratio": rss / base_rss, "median_cpu_s": cpu,
                "cpu_ratio": cpu / base_cpu if base_cpu else float("nan"),
            })
        return out


def version(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True, check=False).stdout
        return out.splitlines()[0].strip() if out else "?"
    except OSError:
        return "missing"


def seconds(t):
    return f"{t * 1000:.1f} ms" if t < 1 else f"{t:.2f} s"


def format_table(rows):
    """Ratios are the tool's figure over govtech-convert's: 20.0 means 20 times slower."""
    lines = [
        "| case | tool | wall, median (min–max, runs) | × | CPU, median | × | peak RSS | × |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['case']} | {row['tool']} | {seconds(row['median_s'])} "
            f"({row['min_s']:.3f}–{row['max_s']:.3f} s, {row['runs']}) | "
            f"{row['time_ratio']:.2f} | {seconds(row['median_cpu_s'])} | {row['cpu_ratio']:.2f} | "
            f"{row['peak_rss_mb']:.1f} MB | {row['rss_ratio']:.2f} |"
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
    args = parser.parse_args()
    cases = [c for c in args.only.split(",") if c]
    for c in cases:
        if c not in CASES:
            parser.error(f"unknown case {c!r}; the cases are {', '.join(CASES)}")
    gc = os.path.abspath(args.govtech)
    for tool in [gc, "/usr/bin/time"] + [shutil.which(t) or t for t in ("pandoc", "cmark",
                                                                         "gzip")]:
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
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)

    load_after = os.getloadavg()
    print(f"govtech-convert: {version([gc, '--version'])}")
    print(f"peers: {version(['pandoc', '--version'])}; cmark {version(['cmark', '--version'])}; "
          f"{version(['gzip', '--version'])}")
    print(f"machine: {os.cpu_count()} cores, {platform.machine()}, load average "
          f"{load_before[0]:.1f} before and {load_after[0]:.1f} after; "
          f"{time.time() - started:.0f} s in all")
    print()
    print(format_table(rows))
    linear = [r for r in rows if r["tool"] == "govtech-convert" and " MB " in r["case"]]
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
