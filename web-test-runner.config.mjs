// web-test-runner: every test/**/*.test.ts in headless Chromium (the system's, see scripts/chrome.mjs).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fileURLToPath } from 'node:url';
import { chromeFlags, findChrome } from './scripts/chrome.mjs';

const executablePath = findChrome();
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

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
  // test/schema/ runs in Node with vitest (npm run test:schema): it needs ajv and the file system.
  files: ['test/**/*.test.ts', '!test/tz/**', '!test/schema/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig, target: 'es2022' })],
  browsers: [chromium()],
  groups: [
    {
      // The same suite of zone-sensitive tests with the browser far from Europe/Sofia.
      name: 'america-new-york',
      files: ['test/tz/**/*.test.ts'],
      browsers: [chromium('America/New_York')],
    },
    {
      // Forced colours (Windows high contrast) emulated: badges, focus rings, pressed states stay perceivable.
      name: 'forced-colors',
      files: ['test/gates/**/*.forced.ts'],
      browsers: [chromium(undefined, { forcedColors: true })],
    },
    {
      name: 'asia-tokyo',
      files: ['test/tz/**/*.test.ts'],
      browsers: [chromium('Asia/Tokyo')],
    },
  ],
  concurrency: 2,
  // Gate files (1000 fuzzed cases per element, 500 mounts) take 30-100 s each on a loaded 2-core machine.
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10000 } },
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
