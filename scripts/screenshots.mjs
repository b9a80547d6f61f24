// Screenshots of the Varna 2018 demo for the README (`npm run screenshots`): opens stories of the
// built Storybook (storybook-static/, from `npm run build-storybook`; this script builds nothing) in
// headless Chromium, in light and dark, English and Bulgarian, and writes docs/screenshots/*.png.
// The README embeds them between its `<!-- screenshots:start -->` and `<!-- screenshots:end -->` markers.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { chromeFlags, findChrome } from './chrome.mjs';
import { serve } from './serve.mjs';

const root = new URL('../storybook-static/', import.meta.url);
const out = new URL('../docs/screenshots/', import.meta.url);

/** What is photographed: the Varna 2018 meeting as a whole event page. */
const shots = [{ story: 'components-event--varna-2018', name: 'varna-2018', width: 1100 }];
const variants = [
  { theme: 'light', locale: 'en' },
  { theme: 'dark', locale: 'en' },
  { theme: 'light', locale: 'bg' },
  { theme: 'dark', locale: 'bg' },
];

if (!existsSync(new URL('iframe.html', root))) {
  console.error('No built Storybook in storybook-static/: run "npm run build-storybook" first.');
  process.exit(1);
}

const server = await serve(new URL('.', root).pathname);
const browser = await puppeteer.launch({ executablePath: findChrome(), headless: true, args: [...chromeFlags, '--font-render-hinting=none'] });
const written = [];
try {
  await mkdir(out, { recursive: true });
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  for (const shot of shots) {
    for (const { theme, locale } of variants) {
      await page.setViewport({ width: shot.width, height: 900, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: theme },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ]);
      const url = `${server.url}/iframe.html?id=${shot.story}&viewMode=story&globals=locale:${locale};theme:${theme}`;
      await page.goto(url, { waitUntil: 'networkidle0' });
      await page.waitForFunction(() => document.querySelector('cluster-event')?.shadowRoot?.querySelector('[part="base"]'), { timeout: 15000 });
      // Every element rendered, fonts and images loaded, before the picture.
      await page.evaluate(async () => {
        const all = (node, found = []) => {
          for (const el of node.querySelectorAll('*')) {
            found.push(el);
            if (el.shadowRoot) all(el.shadowRoot, found);
          }
          return found;
        };
        for (let i = 0; i < 5; i++) {
          await Promise.all(
            all(document)
              .map((el) => el.updateComplete)
              .filter(Boolean),
          );
          await new Promise((r) => requestAnimationFrame(() => r(undefined)));
        }
        await document.fonts.ready;
        await Promise.all(
          all(document)
            .filter((el) => el instanceof HTMLImageElement)
            .map((img) => img.decode().catch(() => undefined)),
        );
      });
      // The story's body, with Storybook's padding around the element.
      const target = await page.$('body');
      const file = new URL(`${shot.name}-${theme}-${locale}.png`, out);
      await target.screenshot({ path: file.pathname });
      written.push(file.pathname);
    }
  }
  if (errors.length) throw new Error(`The stories threw:\n${errors.join('\n')}`);
} finally {
  await browser.close();
  await server.close();
}
for (const file of written) console.log(`wrote ${file}`);
