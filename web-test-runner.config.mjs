// web-test-runner: every test/**/*.test.ts in headless Chromium (the system's, see scripts/chrome.mjs).
// The same suite runs in Firefox ESR and WebKit with web-test-runner.firefox.config.mjs and
// web-test-runner.webkit.config.mjs (npm run test:firefox, npm run test:webkit); what they share is
// in scripts/wtr-common.mjs.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeFlags, findChrome } from './scripts/chrome.mjs';
import { common, timeZoneGroups, totalsReporter } from './scripts/wtr-common.mjs';

const executablePath = findChrome();

/** Launches the system Chromium; `timezoneId` emulates a browser zone through the DevTools protocol. */
function chromium(timezoneId, { forcedColors = false } = {}) {
  return chromeLauncher({
    launchOptions: { executablePath, headless: true, args: chromeFlags },
    async createPage({ browser }) {
      // A browser context (window) per test page: test files run side by side, and a page in a
      // background tab of a shared window gets no animation frames, so fixtures would time out.
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      if (timezoneId) await page.emulateTimezone(timezoneId);
      if (forcedColors) {
        // puppeteer's emulateMediaFeatures() refuses forced-colors; the DevTools protocol has it.
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      }
      return page;
    },
  });
}

export default {
  ...common,
  browsers: [chromium()],
  groups: [
    ...timeZoneGroups((timezoneId) => chromium(timezoneId)),
    {
      // Forced colours (Windows high contrast) emulated: badges, focus rings, pressed states stay
      // perceivable. Chromium only: the emulation goes through the DevTools protocol.
      name: 'forced-colors',
      files: ['test/gates/**/*.forced.ts'],
      browsers: [chromium(undefined, { forcedColors: true })],
    },
  ],
  reporters: [defaultReporter(), totalsReporter('Chromium')],
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
