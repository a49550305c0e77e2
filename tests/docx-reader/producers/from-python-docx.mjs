// Word documents from a real producer: python-docx (Debian's python3-docx), driven by
// with-python-docx.py as an editor's script drives it. Each source interview is read by
// govtech-convert, built into a .docx with bold, "Q:"/"A:" or Heading 2 questions in turn,
// and read back: the same questions in order, the source's words, and an EPUB that EPUBCheck
// passes.
//   node from-python-docx.mjs GOVTECH_CONVERT WORK_DIR SOURCE...
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { produce, read_back, run } from "../../support/producers.mjs";

const [cli, work, ...sources] = process.argv.slice(2);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const script = join(dirname(fileURLToPath(import.meta.url)), "with-python-docx.py");
const ways = ["bold", "qa", "heading"];

let failures = [];
sources.forEach((source, i) => {
  const name = basename(source, extname(source));
  const way = ways[i % ways.length];
  const json = run(cli, [source, "-q", "-t", "json", "-o", "-"]);
  writeFileSync(join(work, `${name}.json`), json);
  const docx = join(work, `${name}-${way}.docx`);
  // Debian's Python, where python3-docx is installed, whatever python3 comes first on PATH.
  produce("/usr/bin/python3", [script, join(work, `${name}.json`), docx, way],
    "install Debian's python3-docx");
  const label = `${name} (${way} questions)`;
  failures = failures.concat(read_back(cli, docx, {
    label, source: JSON.parse(json), producer: "python-docx", meta: ["title", "authors"],
    epub: join(work, `${name}-${way}.epub`), reports: join(work, "reports", name),
  }));
});
failures.forEach((f) => console.log(`FAIL: ${f}`));
process.exit(failures.length ? 1 : 0);
