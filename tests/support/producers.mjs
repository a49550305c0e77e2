// What the tests of documents from real producers (pandoc, LibreOffice, python-docx) share:
// running a tool, the questions of a document tree (govtech-convert's JSON), the bag of its
// words, and the comparison of a produced document's tree with its source's.
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26, ...options });

// Runs a producer, or stops the test saying what to install.
export function produce(command, args, install, options = {}) {
  try {
    return run(command, args, options);
  } catch (error) {
    console.error(`${command} failed (${error.message.split("\n")[0]}): ${install}`);
    process.exit(1);
  }
}

export const textOf = (inlines) =>
  (inlines ?? [])
    .map((node) => {
      if (node.type === "text" || node.type === "code") return node.text;
      if (node.type === "soft_break" || node.type === "hard_break") return " ";
      if (node.type === "quoted") return textOf(node.content);
      if (node.type === "note") return "";
      return textOf(node.content ?? node.alt);
    })
    .join("");
export const normal = (text) =>
  text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, " ").trim();

export const questions = (doc) => (doc.entries ?? []).map((e) => normal(textOf(e.question)));

const inlineTypes = new Set(["text", "code", "soft_break", "hard_break", "strong", "emphasis",
  "strikethrough", "superscript", "subscript", "link", "span", "quoted", "image", "note", "raw"]);
const notesOf = (inlines, out = []) => {
  for (const node of inlines ?? []) {
    if (node.type === "note") out.push(node.content);
    else if (Array.isArray(node.content) && inlineTypes.has(node.type)) notesOf(node.content, out);
  }
  return out;
};

// The author's words of a tree, counted, lower-cased. A run of inline content counts as its
// text, so that a word split across spans (a language run, a bold letter) is one word.
export function words(value, bag = new Map()) {
  if (Array.isArray(value) && value.length && value.every((v) => inlineTypes.has(v?.type))) {
    words(textOf(value), bag);
    notesOf(value).forEach((blocks) => words(blocks, bag));
  } else if (typeof value === "string") {
    for (const w of value.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []) {
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

export const body = (doc) => ({ intro: doc.intro, entries: doc.entries, trailing: doc.trailing });

// The failures of a produced document against its source: the same questions in order, and
// every word of the source's body somewhere in the produced tree (metadata included, as
// producers may turn a header into paragraphs or paragraphs into properties).
export function compare(name, source, produced, producer) {
  const failures = [];
  const a = questions(source);
  const b = questions(produced);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    failures.push(`${name}: questions differ\n  source:   ${JSON.stringify(a)}\n  ${producer}: ${JSON.stringify(b)}`);
  }
  const mine = words(body(source));
  const theirs = words(produced);
  const missing = [...mine.keys()].filter((w) => !theirs.has(w));
  if (missing.length) {
    failures.push(`${name}: words of the source missing from ${producer}'s document: ${missing.join(" ")}`);
  }
  if (!failures.length) {
    console.log(`${name}: ${b.length} questions, ${mine.size} distinct words, from ${producer}`);
  }
  return failures;
}

// EPUBCheck on one EPUB, through the validators' script; the failure, if any.
const epubcheck = join(dirname(fileURLToPath(import.meta.url)), "../validators/epubcheck.sh");
export function check_epub(epub, reports) {
  try {
    run("bash", [epubcheck, epub, reports]);
    return [];
  } catch (error) {
    return [`${epub}: EPUBCheck: ${(error.stdout ?? "") + (error.stderr ?? "")}`];
  }
}

// A produced document read back: its tree compared with the source's (and the metadata keys
// `meta`, which the producer was given), and its EPUB checked by EPUBCheck. The failures.
export function read_back(cli, produced, { label, source, producer, epub, reports, meta = [] }) {
  let tree;
  try {
    tree = JSON.parse(run(cli, [produced, "-q", "-t", "json", "-o", "-"], { stdio: ["ignore", "pipe", "pipe"] }));
  } catch (error) {
    return [`${label}: govtech-convert could not read it: ${error.stderr ?? error.message}`];
  }
  run(cli, [produced, "-q", "-t", "epub", "-o", epub]);
  const differ = meta.filter((key) => JSON.stringify(tree.meta[key]) !== JSON.stringify(source.meta[key]))
    .map((key) => `${label}: meta.${key} is ${JSON.stringify(tree.meta[key])}, not ${JSON.stringify(source.meta[key])}`);
  return [...compare(label, source, tree, producer), ...differ, ...check_epub(epub, reports)];
}
