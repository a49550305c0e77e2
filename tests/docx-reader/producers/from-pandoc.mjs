// Word documents from a real producer: each Markdown sample made into a .docx by Debian's
// pandoc, then read by govtech-convert. The Word document must give the interview the
// Markdown gives: the same questions, in order, and the same words (Word has no front matter,
// so the metadata block pandoc writes as Title/Author paragraphs is compared as words only);
// and it must convert to EPUB (validated by the EPUB validators' sample run, not here).
//   node from-pandoc.mjs GOVTECH_CONVERT WORK_DIR SAMPLE.md...
import { mkdirSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { compare, produce, run } from "../../support/producers.mjs";

const [cli, work, ...samples] = process.argv.slice(2);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

let failures = [];
for (const sample of samples) {
  const name = basename(sample, ".md");
  const docx = join(work, name + ".docx");
  produce("pandoc", [sample, "-o", docx], "install Debian's pandoc");
  const fromMarkdown = JSON.parse(run(cli, [sample, "-q", "-t", "json", "-o", "-"]));
  const fromWord = JSON.parse(run(cli, [docx, "-q", "-t", "json", "-o", "-"]));
  run(cli, [docx, "-q", "-t", "epub", "-o", join(work, name + ".epub")]);
  failures = failures.concat(compare(name, fromMarkdown, fromWord, "pandoc"));
}
failures.forEach((f) => console.log(`FAIL: ${f}`));
process.exit(failures.length ? 1 : 0);
