// npm run test:firefox / npm run test:webkit: the browser suite in Firefox ESR or WebKitGTK, from
// Debian's packages. Says what to install when the browser (or, for WebKit, xvfb-run) is missing;
// starts WebKit's MiniBrowser in a virtual X display unless one is set. Other arguments go to
// web-test-runner (e.g. `npm run test:webkit -- --group default test/project-card.test.ts`).
//   node scripts/test-engine.mjs firefox|webkit [web-test-runner arguments]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { hasDisplay, install, missing, firefoxPath, webkitPaths } from './engines.mjs';

const [engine, ...args] = process.argv.slice(2);
if (engine !== 'firefox' && engine !== 'webkit') {
  console.error('usage: node scripts/test-engine.mjs firefox|webkit [web-test-runner arguments]');
  process.exit(2);
}
if (!(engine === 'firefox' ? firefoxPath() : webkitPaths())) {
  console.error(missing(engine).join('\n'));
  process.exit(1);
}

const wtr = ['web-test-runner', '--config', `web-test-runner.${engine}.config.mjs`, ...args];
let command = 'npx';
let commandArgs = ['--no-install', ...wtr];
if (engine === 'webkit' && !hasDisplay()) {
  const xvfbRun = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'xvfb-run')).find((p) => existsSync(p));
  if (!xvfbRun) {
    console.error(`WebKit's MiniBrowser needs an X display and xvfb-run is missing.\nInstall it (Debian/Ubuntu, as root):  ${install.webkit}`);
    process.exit(1);
  }
  command = xvfbRun;
  commandArgs = ['-a', '-s', '-screen 0 1280x1024x24', 'npx', ...commandArgs];
}
const started = Date.now();
const { status, signal } = spawnSync(command, commandArgs, { stdio: 'inherit' });
console.log(`${engine}: web-test-runner took ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(status ?? (signal ? 1 : 0));
