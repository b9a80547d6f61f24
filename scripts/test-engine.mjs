// npm run test:firefox / npm run test:webkit: the browser suite in Firefox ESR or WebKitGTK, from
// Debian's packages. Says what to install when the browser is missing (for WebKit also Xvfb, in
// which scripts/webkit-launcher.mjs starts each MiniBrowser). Other arguments go to web-test-runner
// (e.g. `npm run test:webkit -- --group default test/project-card.test.ts`).
//   node scripts/test-engine.mjs firefox|webkit [web-test-runner arguments]
import { spawnSync } from 'node:child_process';
import { missing, firefoxPath, webkitPaths } from './engines.mjs';

const [engine, ...args] = process.argv.slice(2);
if (engine !== 'firefox' && engine !== 'webkit') {
  console.error('usage: node scripts/test-engine.mjs firefox|webkit [web-test-runner arguments]');
  process.exit(2);
}
if (!(engine === 'firefox' ? firefoxPath() : webkitPaths())) {
  console.error(missing(engine).join('\n'));
  process.exit(1);
}

const command = 'npx';
const commandArgs = ['--no-install', 'web-test-runner', '--config', `web-test-runner.${engine}.config.mjs`, ...args];
const started = Date.now();
const { status, signal } = spawnSync(command, commandArgs, { stdio: 'inherit' });
console.log(`${engine}: web-test-runner took ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(status ?? (signal ? 1 : 0));
