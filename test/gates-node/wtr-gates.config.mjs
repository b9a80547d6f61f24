// Runs only the quality gates (test/gates/), without coverage:
//   npx web-test-runner --config test/gates-node/wtr-gates.config.mjs
// GATES=<part of a file name> narrows the run (GATES=forced runs only the forced-colours gate).
// The forced-colours gate (*.forced.ts) runs in a group whose page emulates forced colours: the
// same group the main web-test-runner.config.mjs needs (see docs/testing.md).
import { chromeLauncher } from '@web/test-runner-chrome';
import base from '../../web-test-runner.config.mjs';
import { chromeFlags, findChrome } from '../../scripts/chrome.mjs';

const executablePath = findChrome();
const only = process.env.GATES ?? '';

const forcedColors = chromeLauncher({
  launchOptions: { executablePath, headless: true, args: chromeFlags },
  async createPage({ browser }) {
    // A browser context (window) per page, as in web-test-runner.config.mjs.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    // puppeteer's emulateMediaFeatures() refuses forced-colors; the DevTools protocol has it.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    return page;
  },
});

const forcedGroup = { name: 'forced-colors', files: ['test/gates/**/*.forced.ts'], browsers: [forcedColors] };

export default only.startsWith('forced')
  ? { ...base, files: ['test/gates/**/*.forced.ts'], browsers: [forcedColors], groups: [], coverage: false }
  : { ...base, files: [`test/gates/**/*${only}*.test.ts`], groups: only ? [] : [forcedGroup], coverage: false };
