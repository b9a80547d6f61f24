// The layout-sensitive tests (target sizes, reflow at 320 px, cut-off text, side-by-side and stacked
// layouts) in Chromium with the page's font set to one family, LAYOUT_FONT, through the public token
// --cluster-font-family (and the body's font for slotted text), so the layout is checked with that
// font's metrics whatever the machine's fontconfig would pick for system-ui or sans-serif.
// font-in-use.layout.ts fails when the family is not installed (the browser would fall back silently).
//   LAYOUT_FONT="Noto Sans" npx web-test-runner --config test/layout/wtr-fonts.config.mjs
// npm run test:layout runs it once per font of scripts/test-layout.mjs.
import { defaultReporter } from '@web/test-runner';
import base from '../../web-test-runner.config.mjs';
import { totalsReporter } from '../../scripts/wtr-common.mjs';

const font = process.env.LAYOUT_FONT;
if (!font) {
  console.error('Set LAYOUT_FONT to a font family, e.g. LAYOUT_FONT="Noto Sans" (or run npm run test:layout).');
  process.exit(2);
}
const family = JSON.stringify(font);

export const layoutFiles = [
  'test/layout/*.layout.ts',
  'test/gates/reflow.test.ts',
  'test/project-card.test.ts',
  'test/objective-list.test.ts',
  'test/speaker-block.test.ts',
  'test/funding-call-banner.test.ts',
  'test/show-problems.test.ts',
  'test/agenda-track.test.ts',
  'test/agenda.test.ts',
];

export default {
  ...base,
  files: layoutFiles,
  groups: [],
  coverage: false,
  reporters: [defaultReporter(), totalsReporter('Layout')],
  testRunnerHtml: (testFramework) => `<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <style>:root { --cluster-font-family: ${family}; } body { font-family: ${family}; }</style>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
