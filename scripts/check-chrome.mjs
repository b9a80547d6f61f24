// `npm test` starts here: say exactly what to install when no Chromium is found, and how to run the
// suite in the other engines (npm test stays Chromium-only, so it passes where only Chromium is).
import { findChrome } from './chrome.mjs';
import { firefoxPath, install, webkitPaths } from './engines.mjs';

findChrome();
const engines = [
  ['Firefox ESR', 'npm run test:firefox', firefoxPath(), install.firefox],
  ['WebKit', 'npm run test:webkit', webkitPaths(), install.webkit],
];
console.log('npm test runs the browser suite in Chromium. The same suite in the other engines (CI runs all three):');
for (const [name, command, found, setup] of engines) {
  console.log(`  ${name}: ${command}${found ? '' : `  (not installed here: ${setup})`}`);
}
