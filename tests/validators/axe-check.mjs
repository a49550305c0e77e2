// Runs axe-core (WCAG 2.0 and 2.1, levels A and AA) on HTML files in headless Chromium, in
// both the light and the dark colour scheme. Exit status 0 only when every file was checked
// and has no violation; anything that stops a check (no browser, a page that does not load)
// is a failure too, never a pass.
//
//   node axe-check.mjs FILE.html...
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const axePath = join(here, 'node_modules', 'axe-core', 'axe.min.js');
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node axe-check.mjs FILE.html...');
  process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), 'axe-chromium-'));
let failures = 0;
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await context.newPage();
  for (const file of files) {
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      const response = await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
      if (!response || !response.ok()) throw new Error(`${file}: the page did not load`);
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() =>
        window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          resultTypes: ['violations'],
        }));
      if (!result || !Array.isArray(result.violations) || !Array.isArray(result.passes)) {
        throw new Error(`${file}: axe returned no report`);
      }
      for (const v of result.violations) {
        failures++;
        for (const node of v.nodes) {
          console.log(`${file} [${colorScheme}]: ${v.id} (${v.impact}): ${v.help}\n` +
                      `    ${node.target.join(' ')}: ${node.failureSummary.replace(/\n/g, ' ')}`);
        }
      }
      console.log(`${file} [${colorScheme}]: ${result.violations.length} violation(s), ` +
                  `${result.passes.length} rule(s) passed`);
    }
  }
} catch (error) {
  console.error(`axe check could not run: ${error.message}`);
  failures = failures || 1;
  process.exitCode = 2;
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
}
if (failures && !process.exitCode) process.exitCode = 1;
