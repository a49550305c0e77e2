// Word documents from a real producer: each Markdown sample made into a .docx by Debian's
// pandoc, then read by govtech-convert. The Word document must give the interview the
// Markdown gives: the same questions, in order, and the same words (Word has no front matter,
// so the metadata block pandoc writes as Title/Author paragraphs is compared as words only);
// and it must convert to EPUB (validated by the EPUB validators' sample run, not here).
//   node from-pandoc.mjs GOVTECH_CONVERT WORK_DIR SAMPLE.md...
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { basename, join } from "node:path";

const [cli, work, ...samples] = process.argv.slice(2);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const run = (command, args) => execFileSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26 });

const textOf = (inlines) =>
  (inlines ?? [])
    .map((node) => {
      if (node.type === "text" || node.type === "code") return node.text;
      if (node.type === "soft_break" || node.type === "hard_break") return " ";
      if (node.type === "quoted") return textOf(node.content);
      if (node.type === "note") return "";
      return textOf(node.content ?? node.alt);
    })
    .join("");
const normal = (text) => text.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, " ").trim();

function words(value, bag = new Map()) {
  if (typeof value === "string") {
    for (const w of value.match(/[\p{L}\p{N}]+/gu) ?? []) {
      const key = w.toLowerCase();
      bag.set(key, (bag.get(key) ?? 0) + 1);
    }
  } else if (Array.isArray(value)) {
    value.forEach((v) => words(v, bag));
  } else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      // Keys whose values are not the author's words.
      const skip = ["type", "url", "src", "line", "column", "task", "alignments", "info", "format",
        "quote", "language", "direction"];
      if (!skip.includes(key)) words(v, bag);
    }
  }
  return bag;
}

let failures = 0;
for (const sample of samples) {
  const name = basename(sample, ".md");
  const docx = join(work, name + ".docx");
  try {
    run("pandoc", [sample, "-o", docx]);
  } catch (error) {
    console.error(`pandoc could not run (${error.message}): install Debian's pandoc`);
    process.exit(1);
  }
  const fromMarkdown = JSON.parse(run(cli, [sample, "-q", "-t", "json", "-o", "-"]));
  const fromWord = JSON.parse(run(cli, [docx, "-q", "-t", "json", "-o", "-"]));
  run(cli, [docx, "-q", "-t", "epub", "-o", join(work, name + ".epub")]);
  const questions = (doc) => (doc.entries ?? []).map((e) => normal(textOf(e.question)));
  const a = questions(fromMarkdown);
  const b = questions(fromWord);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    console.log(`FAIL: ${name}: questions differ\n  markdown: ${JSON.stringify(a)}\n  word:     ${JSON.stringify(b)}`);
    failures++;
  }
  // Every word of the Markdown's answers and text is in the Word document's tree.
  const body = (doc) => ({ intro: doc.intro, entries: doc.entries, trailing: doc.trailing });
  const mine = words(body(fromMarkdown));
  const theirs = words(fromWord);
  const missing = [...mine.keys()].filter((w) => !theirs.has(w));
  if (missing.length) {
    console.log(`FAIL: ${name}: words of the Markdown missing from the Word document: ${missing.join(" ")}`);
    failures++;
  }
  console.log(`${name}: ${b.length} questions, ${mine.size} distinct words, from pandoc's .docx`);
}
process.exit(failures ? 1 : 0);
