// Lays pages out in headless Chromium, on a desktop and a phone width, takes a screenshot of
// each, and checks the layout boxes (never pixels): nothing is wider than the viewport, and
// every question heading's text starts on the side its direction says, right for rtl.
//
//   node layout-check.mjs SCREENSHOT_DIR FILE.html:rtl|ltr...
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [shots, ...specs] = process.argv.slice(2);
if (!shots || specs.length === 0) {
  console.error('usage: node layout-check.mjs SCREENSHOT_DIR FILE.html:rtl|ltr...');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'layout-chromium-'));
let failures = 0;
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await context.newPage();
  for (const spec of specs) {
    const at = spec.lastIndexOf(':');
    const file = spec.slice(0, at);
    const want = spec.slice(at + 1);
    for (const width of [1024, 360]) {
      await page.setViewportSize({ width, height: 800 });
      const response = await page.goto(pathToFileURL(resolve(file)).href, { waitUntil: 'load' });
      if (!response || !response.ok()) throw new Error(`${file}: the page did not load`);
      await page.screenshot({ path: join(shots, `${basename(file, '.html')}-${width}.png`) });
      const boxes = await page.evaluate(() => {
        const root = document.documentElement;
        const headings = [...document.querySelectorAll('main section > h2')].map((h) => {
          const range = document.createRange();
          range.selectNodeContents(h);
          const text = range.getBoundingClientRect();
          const box = h.getBoundingClientRect();
          return { left: text.left - box.left, right: box.right - text.right };
        });
        return { overflow: root.scrollWidth - root.clientWidth,
                 direction: getComputedStyle(document.body).direction, headings };
      });
      const problems = [];
      if (boxes.overflow > 0) problems.push(`${boxes.overflow}px wider than the viewport`);
      if (boxes.direction !== want) problems.push(`direction ${boxes.direction}, not ${want}`);
      if (boxes.headings.length === 0) problems.push('no question headings');
      boxes.headings.forEach((h, i) => {
        // A heading's text touches the start edge of its box: the right one in rtl.
        const start = want === 'rtl' ? h.right : h.left;
        if (Math.abs(start) > 1) problems.push(`question ${i + 1} starts ${start}px off its edge`);
      });
      for (const p of problems) console.log(`${file} at ${width}px: ${p}`);
      failures += problems.length;
      console.log(`${file} at ${width}px: ${problems.length ? 'FAIL' : 'ok'} (${want})`);
    }
  }
} catch (error) {
  console.error(`layout check could not run: ${error.message}`);
  failures = failures || 1;
} finally {
  if (context) await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exitCode = failures ? 1 : 0;
