// Reads a validator's JSON report on an EPUB and exits 1 unless it is clean. A missing or
// unreadable report is a failure: every validator here can fail silently otherwise.
//   node epub-report.mjs epubcheck|epubcheck-ts|ace REPORT.json EPUB
import { readFileSync } from "node:fs";

const [kind, reportPath, epub] = process.argv.slice(2);
const name = epub ? epub.split("/").pop() : reportPath;

function die(message) {
  console.log(`${name}: ${kind}: ${message}`);
  process.exit(1);
}

let report;
try {
  report = JSON.parse(readFileSync(reportPath, "utf8"));
} catch (e) {
  die(`no readable report at ${reportPath} (${e.message}): the validator did not run`);
}

const problems = [];
const where = (locations) =>
  (locations || [])
    .slice(0, 2)
    .map((l) => `${l.path ?? l.url ?? ""}:${l.line ?? ""}`)
    .join(", ");

if (kind === "epubcheck") {
  const c = report.checker;
  if (!c || c.nFatal === undefined) die("the report has no checker summary");
  // EPUBCheck writes a clean report even for a file it could not find or open.
  if (!report.publication?.ePubVersion || !(report.items?.length > 0)) {
    die("the report shows no EPUB was read (file missing or unreadable?)");
  }
  for (const m of report.messages || []) {
    if (["FATAL", "ERROR", "WARNING"].includes(m.severity)) {
      problems.push(`${m.severity} ${m.ID} ${m.message} [${where(m.locations)}]`);
    }
  }
  if (c.nFatal + c.nError + c.nWarning > 0 && problems.length === 0) {
    problems.push(`${c.nFatal} fatal, ${c.nError} errors, ${c.nWarning} warnings`);
  }
} else if (kind === "epubcheck-ts") {
  if (report.errors === undefined) die("the report has no error count");
  if (!report.publication?.version) die("the report shows no EPUB was read");
  for (const m of report.messages || []) {
    const severity = String(m.severity || "").toUpperCase();
    if (["FATAL", "ERROR", "WARNING"].includes(severity)) {
      problems.push(`${severity} ${m.ID ?? m.id ?? ""} ${m.message} [${where(m.locations)}]`);
    }
  }
  const total = (report.fatals || 0) + report.errors + (report.warnings || 0);
  if (total > 0 && problems.length === 0) problems.push(`${total} fatals, errors or warnings`);
} else if (kind === "ace") {
  if (!report["earl:result"] || !Array.isArray(report.assertions)) {
    die("the report has no result: Ace did not check the book");
  }
  for (const document of report.assertions) {
    for (const a of document.assertions || []) {
      if (a["earl:result"]?.["earl:outcome"] === "fail") {
        const test = a["earl:test"] || {};
        problems.push(
          `${test["earl:impact"]} ${test["dct:title"]} in ${document["earl:testSubject"]?.url}: ` +
            `${a["earl:result"]["dct:description"] ?? ""}`,
        );
      }
    }
  }
  if (report["earl:result"]["earl:outcome"] !== "pass" && problems.length === 0) {
    problems.push(`outcome ${report["earl:result"]["earl:outcome"]}`);
  }
} else {
  die(`unknown validator '${kind}'`);
}

if (problems.length) {
  console.log(`${name}: ${kind}: ${problems.length} problem(s)`);
  for (const p of problems) console.log(`  ${p}`);
  process.exit(1);
}
console.log(`${name}: ${kind}: clean`);
