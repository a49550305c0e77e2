// Side by side with pandoc: one Markdown document that uses every construct the markdown
// dialect reads, converted to HTML by govtech-convert and by Debian's pandoc; the words
// (text, alt and title attributes) and the outline (heading texts in order, and their relative
// levels) must agree, apart from the words each adds of its own, listed here with the reason.
//   node compare-with-pandoc.mjs GOVTECH_CONVERT INPUT.md...
import { execFileSync } from "node:child_process";

const [cli, ...inputs] = process.argv.slice(2);
const run = (command, args) => execFileSync(command, args, { encoding: "utf8", maxBuffer: 1 << 26 });
if (!inputs.length) {
  console.error("no input to compare");
  process.exit(1);
}

const entities = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };
const decode = (text) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#([0-9]+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name) => entities[name] ?? whole);

// The body only: both put the title and metadata in <head> too.
const body = (html) => html.slice(html.indexOf("<body"), html.lastIndexOf("</body>"));

function words(html) {
  let text = body(html)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*\b(?:alt|title)="([^"]*)"[^>]*>/gi, (tag) => {
      const values = [...tag.matchAll(/\b(?:alt|title)="([^"]*)"/gi)].map((m) => m[1]);
      return " " + values.join(" ") + " ";
    })
    .replace(/<[^>]+>/g, " ");
  text = decode(text);
  const bag = new Map();
  for (const word of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const key = word.toLowerCase();
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

function outline(html) {
  const headings = [];
  for (const m of body(html).matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)) {
    const text = decode(m[2].replace(/<[^>]+>/g, "")).replace(/\s+/g, " ").trim();
    headings.push({ level: Number(m[1]), text });
  }
  return headings;
}

// Words one side writes of its own accord.
const ours = new Set([
  "by", // the byline: "By Lena Park" (pandoc writes the name alone)
  "notes", // the heading of the notes section (pandoc's has none)
  "1", "2", // note numbers: pandoc's are in its note links too, but as superscript text
]);
const theirs = new Set(["1", "2"]);

let failures = 0;
let current = "";
const fail = (message) => {
  console.log(`FAIL: ${current}: ${message}`);
  failures++;
};

for (const input of inputs) {
  current = input;
  let pandocHtml;
  try {
    pandocHtml = run("pandoc", ["-f", "markdown", "-t", "html5", "-s", input]);
  } catch (error) {
    console.error(`pandoc could not run (${error.message}): install Debian's pandoc`);
    process.exit(1);
  }
  const ourHtml = run(cli, [input, "-q", "-t", "html", "-o", "-"]);

  const a = words(ourHtml);
  const b = words(pandocHtml);
  for (const [word, count] of b) {
    if (!a.has(word) && !theirs.has(word)) fail(`"${word}" is in pandoc's HTML (${count}×) but not in ours`);
  }
  for (const [word, count] of a) {
    if (!b.has(word) && !ours.has(word)) fail(`"${word}" is in our HTML (${count}×) but not in pandoc's`);
  }

  // The outline: pandoc's standalone page puts the title in <h1 class="title">, then keeps the
  // author's levels; ours puts the sections one level under the title. Compare texts in order
  // and the levels relative to the first section heading.
  const relative = (list) => {
    const sections = list.slice(1);
    const top = Math.min(...sections.map((h) => h.level));
    return [list[0].text, ...sections.map((h) => `${h.level - top}:${h.text}`)];
  };
  const ourOutline = relative(outline(ourHtml).filter((h) => h.text !== "Notes"));
  const pandocOutline = relative(outline(pandocHtml));
  if (JSON.stringify(ourOutline) !== JSON.stringify(pandocOutline)) {
    fail(`the outlines differ:\n  ours:   ${JSON.stringify(ourOutline)}\n  pandoc: ${JSON.stringify(pandocOutline)}`);
  }

  console.log(`${input}: ${a.size} distinct words in ours, ${b.size} in pandoc's; outline ${JSON.stringify(ourOutline)}`);
}
process.exit(failures ? 1 : 0);
