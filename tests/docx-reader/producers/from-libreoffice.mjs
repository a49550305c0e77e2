// Documents from a real producer: LibreOffice Writer (Debian's libreoffice-writer-nogui, run
// headless with a profile of its own). Each source interview is read by govtech-convert, laid
// out as an editor would in Writer (a flat ODT, fodt.mjs) and also written as a web page by
// govtech-convert's HTML writer; LibreOffice saves both as .docx ("docx" mode), or saves the
// Writer document as a web page with its HTML export ("html" mode). govtech-convert must read
// from each the source's questions, in order, and its words, and make an EPUB that EPUBCheck
// passes.
//   node from-libreoffice.mjs docx|html GOVTECH_CONVERT WORK_DIR SOURCE...
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { produce, read_back, run } from "../../support/producers.mjs";
import { fodt } from "./fodt.mjs";

const [mode, cli, work, ...sources] = process.argv.slice(2);
rmSync(work, { recursive: true, force: true });
const dirs = Object.fromEntries(["in", "out", "epub", "reports"].map((d) => [d, join(work, d)]));
Object.values(dirs).forEach((d) => mkdirSync(d, { recursive: true }));

const names = sources.map((s) => basename(s, extname(s)));
const trees = sources.map((s) => JSON.parse(run(cli, [s, "-q", "-t", "json", "-o", "-"])));
// Each source as a Writer document and (for docx) as a web page: "NAME-writer", "NAME-web".
const kinds = mode === "docx" ? ["writer", "web"] : ["writer"];
const inputs = [];
names.forEach((name, i) => {
  writeFileSync(join(dirs.in, `${name}-writer.fodt`), fodt(trees[i]));
  inputs.push(join(dirs.in, `${name}-writer.fodt`));
  if (mode === "docx") {
    run(cli, [sources[i], "-q", "-t", "html", "-o", join(dirs.in, `${name}-web.html`)]);
    inputs.push(join(dirs.in, `${name}-web.html`));
  }
});

// One LibreOffice run converts every input: starting it costs more than a conversion.
const filter = mode === "docx" ? "docx:MS Word 2007 XML" : "html:HTML (StarWriter)";
produce("soffice", [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless",
  "--norestore", "--convert-to", filter, "--outdir", dirs.out, ...inputs],
  "install Debian's libreoffice-writer-nogui", { stdio: ["ignore", "pipe", "pipe"], timeout: 300000 });

let failures = [];
names.forEach((name, i) => {
  for (const kind of kinds) {
    const label = `${name} (${kind === "writer" ? "Writer document" : "web page"} saved as ${mode})`;
    const produced = join(dirs.out, `${name}-${kind}.${mode}`);
    failures = failures.concat(read_back(cli, produced, {
      label, source: trees[i], producer: "LibreOffice",
      epub: join(dirs.epub, `${name}-${kind}.epub`), reports: join(dirs.reports, `${name}-${kind}`),
    }));
  }
});
failures.forEach((f) => console.log(`FAIL: ${f}`));
process.exit(failures.length ? 1 : 0);
