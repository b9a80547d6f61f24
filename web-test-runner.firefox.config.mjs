// web-test-runner in Firefox ESR (Debian's firefox-esr), driven by puppeteer-core over WebDriver BiDi:
//   npm run test:firefox
// The suite of web-test-runner.config.mjs without coverage (V8 coverage is Chromium's) and without the
// forced-colours gate (emulated through the DevTools protocol, Chromium only); zone-sensitive tests run
// in America/New_York and Asia/Tokyo through BiDi's time-zone emulation.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { findEngine } from './scripts/engines.mjs';
import { common, timeZoneGroups, totalsReporter } from './scripts/wtr-common.mjs';

const executablePath = findEngine('firefox');

function firefox(timezoneId) {
  return chromeLauncher({
    puppeteer,
    // One test page at a time per Firefox: a second page is a background tab, whose timers are
    // throttled and which gets no animation frames (agenda.test.ts ran past the 300 s limit), and
    // in a second window keys typed through BiDi do not arrive while the other window has the focus.
    concurrency: 1,
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      // Scrollbars over the page, as in headless Chromium, WebKitGTK and phones: a 320 px viewport
      // then lays out 320 px (headless Firefox on Linux would take 12 px of it for a classic scrollbar).
      extraPrefsFirefox: {
        'ui.useOverlayScrollbars': 1,
      },
    },
    async createPage({ browser }) {
      // A browser context per test page, as in the Chromium configuration.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      if (timezoneId) await page.emulateTimezone(timezoneId);
      // Tests name keys as puppeteer's CDP keyboard does; over BiDi puppeteer knows the space bar
      // only as ' ', not by its code 'Space' ("Unknown key").
      const { keyboard } = page;
      for (const method of ['press', 'down', 'up']) {
        const original = keyboard[method].bind(keyboard);
        keyboard[method] = (key, options) => original(key === 'Space' ? ' ' : key, options);
      }
      return page;
    },
  });
}

export default {
  ...common,
  browsers: [firefox()],
  groups: timeZoneGroups(firefox),
  coverage: false,
  reporters: [defaultReporter(), totalsReporter('Firefox')],
};
