// Runs only the quality gates (test/gates/), plus the forced-colours group, without coverage:
//   npx web-test-runner --config test/gates-node/wtr-gates.config.mjs
// Optionally narrow with GATES=<substring of a file name>. The forced-colours gate needs the page
// emulation below, which the main web-test-runner.config.mjs gains through the same group.
import { chromeLauncher } from '@web/test-runner-chrome';
import base from '../../web-test-runner.config.mjs';
import { chromeFlags, findChrome } from '../../scripts/chrome.mjs';

const executablePath = findChrome();
const only = process.env.GATES ?? '';

export default {
  ...base,
  files: [`test/gates/**/*${only}*.test.ts`],
  coverage: false,
  groups: (only && !'forced-colors'.includes(only) ? [] : [
    {
      name: 'forced-colors',
      files: [`test/gates/**/*${only}*.forced.ts`],
      browsers: [
        chromeLauncher({
          launchOptions: { executablePath, headless: true, args: chromeFlags },
          async createPage({ context }) {
            const page = await context.newPage();
            await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
            return page;
          },
        }),
      ],
    },
  ]),
};
