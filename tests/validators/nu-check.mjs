// Runs the Nu HTML Checker (vnu.jar, with its CSS checks) on HTML files. Exit status 0 only
// when it reported on every file and found no error and no warning (informational messages
// are printed but allowed); a checker that cannot run or gives no report is a failure.
//
//   node nu-check.mjs FILE.html...
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const jar = join(here, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node nu-check.mjs FILE.html...');
  process.exit(2);
}
if (!existsSync(jar)) {
  console.error(`Nu HTML Checker not found at ${jar}: run npm install in ${here}`);
  process.exit(2);
}
const run = spawnSync(process.env.JAVA || 'java',
                      ['-jar', jar, '--format', 'json', '--also-check-css', ...files],
                      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (run.error) {
  console.error(`Nu HTML Checker could not run: ${run.error.message}`);
  process.exit(2);
}
let report;
try {
  report = JSON.parse(run.stderr || run.stdout);
} catch {
  console.error(`Nu HTML Checker gave no JSON report (exit ${run.status}):\n${run.stderr}`);
  process.exit(2);
}
if (!Array.isArray(report.messages)) {
  console.error('Nu HTML Checker report has no message list');
  process.exit(2);
}
let problems = 0;
for (const m of report.messages) {
  const warning = m.type === 'info' && m.subType === 'warning';
  const bad = m.type !== 'info' || warning;  // error, non-document-error, or a warning
  if (bad) problems++;
  const kind = warning ? 'warning' : m.subType || m.type;
  console.log(`${m.url || ''}:${m.lastLine ?? ''}:${m.lastColumn ?? ''}: ${kind}: ${m.message}`);
}
console.log(`Nu HTML Checker ${report.version || ''}: ${files.length} file(s), ` +
            `${problems} error(s) or warning(s)`);
process.exit(problems ? 1 : 0);
