// Runs axe-core in Debian's Chromium (driven by playwright-core, which never
// downloads a browser here) over local HTML pages, or takes screenshots.
//
//   node browser.mjs axe PAGE.html...        prints a JSON array of
//       {page, violations: [{id, impact, help, helpUrl, nodes: [{target, html, summary}]}]}
//       for the WCAG 2.0/2.1 A and AA rules
//   node browser.mjs screenshot PAGE.html OUT.png [WIDTH HEIGHT]
//       writes a full-page PNG
//   node browser.mjs tables WIDTH[,WIDTH...] PAGE.html...
//       prints a JSON array of {page, width, pageScrolls, tables: [{label,
//       scrollWidth, clientWidth, tableWidth, left, right}]}: for every
//       table, the width of its scroll container's content against the
//       container's, at each window width; pageScrolls is true when the
//       page itself is wider than the window
//
// CHROMIUM overrides the browser path (default /usr/bin/chromium).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function axe(pages) {
  const browser = await launch();
  const results = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    for (const page of pages) {
      const tab = await context.newPage();
      await tab.goto(pathToFileURL(resolve(page)).href, { waitUntil: 'load' });
      await tab.addScriptTag({ content: axeSource });
      const res = await tab.evaluate(async (tags) => {
        // eslint-disable-next-line no-undef
        const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return r.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html, summary: n.failureSummary })),
        }));
      }, tags);
      results.push({ page, violations: res });
      await tab.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}

async function screenshot(page, out, width, height) {
  const browser = await launch();
  try {
    const tab = await browser.newPage({ viewport: { width: Number(width) || 1280, height: Number(height) || 900 } });
    await tab.goto(pathToFileURL(resolve(page)).href, { waitUntil: 'load' });
    await tab.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
  }
}

async function tables(widths, pages) {
  const browser = await launch();
  const results = [];
  try {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const tab = await context.newPage();
      for (const page of pages) {
        await tab.goto(pathToFileURL(resolve(page)).href, { waitUntil: 'load' });
        const res = await tab.evaluate(() => {
          const doc = document.documentElement;
          const out = { pageScrolls: doc.scrollWidth > doc.clientWidth, tables: [] };
          // The width of what names a table on screen: its <caption>, or the
          // element its aria-labelledby names (0: neither).
          const captionWidth = (table) => {
            const el = table.caption || document.getElementById(table.getAttribute('aria-labelledby') || '');
            return el ? Math.round(el.getBoundingClientRect().width) : 0;
          };
          for (const table of document.querySelectorAll('table')) {
            const box = table.closest('.table-wrap') || table.parentElement;
            const r = table.getBoundingClientRect();
            const labelID = box.getAttribute('aria-labelledby');
            const label = (labelID && document.getElementById(labelID)?.textContent) || box.getAttribute('aria-label') || '';
            out.tables.push({
              label: label.trim(), columns: table.rows[0] ? table.rows[0].cells.length : 0,
              scrollWidth: box.scrollWidth, clientWidth: box.clientWidth,
              tableWidth: Math.round(r.width), left: Math.round(r.left), right: Math.round(r.right),
              captionWidth: captionWidth(table),
            });
          }
          return out;
        });
        results.push({ page, width, ...res });
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results) + '\n');
}

const [mode, ...args] = process.argv.slice(2);
try {
  if (mode === 'axe' && args.length > 0) {
    await axe(args);
  } else if (mode === 'tables' && args.length >= 2) {
    await tables(args[0].split(',').map(Number), args.slice(1));
  } else if (mode === 'screenshot' && args.length >= 2) {
    await screenshot(...args);
  } else {
    process.stderr.write('usage: node browser.mjs axe PAGE.html... | tables WIDTH[,WIDTH...] PAGE.html... | screenshot PAGE.html OUT.png [WIDTH HEIGHT]\n');
    process.exit(2);
  }
} catch (err) {
  process.stderr.write(`browser.mjs: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
}
