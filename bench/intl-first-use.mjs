// What the first use of Intl costs in a fresh page, the fixed part of any first render that formats
// dates (issue #14: why `<cluster-agenda>`'s first render at N = 100 is several times the plain
// list's, which formats nothing). Each fresh page times its first `Intl.DateTimeFormat`, then
// formatters like the agenda's (a zone, a range, parts), each the first of its kind in that page.
//
//   node bench/intl-first-use.mjs [pages]     (default 8; needs the system Chromium, like npm run bench)
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from '../scripts/chrome.mjs';

const pages = Number(process.argv[2] ?? 8);
const browser = await puppeteer.launch({ executablePath: findChrome(), args: chromeFlags, headless: true });
const rows = [];
try {
  for (let i = 0; i < pages; i++) {
    const page = await browser.newPage();
    await page.goto('about:blank');
    rows.push(
      await page.evaluate(() => {
        const time = (work) => {
          const start = performance.now();
          work();
          return performance.now() - start;
        };
        const zone = 'Europe/Sofia';
        const at = new Date('2026-07-06T09:30:00+03:00');
        const later = new Date('2026-07-06T11:00:00+03:00');
        return {
          'first DateTimeFormat': time(() => new Intl.DateTimeFormat('en').format(at)),
          'a zone': time(() => new Intl.DateTimeFormat('en', { timeZone: zone }).format(at)),
          'a range': time(() => new Intl.DateTimeFormat('en', { timeZone: zone, hour: 'numeric', minute: 'numeric' }).formatRange(at, later)),
          parts: time(() =>
            new Intl.DateTimeFormat('en-US', {
              timeZone: zone,
              hourCycle: 'h23',
              year: 'numeric',
              month: 'numeric',
              day: 'numeric',
              hour: 'numeric',
              minute: 'numeric',
            }).formatToParts(at),
          ),
          'first NumberFormat': time(() => new Intl.NumberFormat('en').format(1.5)),
        };
      }),
    );
    await page.close();
  }
} finally {
  await browser.close();
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`Intl's first use in ${pages} fresh pages (ms): median [min-max]`);
for (const key of Object.keys(rows[0])) {
  const values = rows.map((row) => row[key]);
  console.log(`  ${key.padEnd(22)} ${median(values).toFixed(1).padStart(6)}  [${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)}]`);
}
