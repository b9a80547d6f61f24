// web-test-runner in WebKit: Debian's WebKitWebDriver driving WebKitGTK's MiniBrowser (package
// webkit2gtk-driver), each window in an Xvfb display of its own (package xvfb):
//   npm run test:webkit        (web-test-runner --config web-test-runner.webkit.config.mjs)
// The suite of web-test-runner.config.mjs without coverage (V8 coverage is Chromium's) and without the
// forced-colours gate (emulated through the DevTools protocol, Chromium only); zone-sensitive tests run
// with MiniBrowser started in America/New_York and Asia/Tokyo (its --time-zone option).
import { defaultReporter } from '@web/test-runner';
import { findEngine } from './scripts/engines.mjs';
import { webkitLauncher } from './scripts/webkit-launcher.mjs';
import { common, timeZoneGroups, totalsReporter } from './scripts/wtr-common.mjs';

const { driver, browser } = findEngine('webkit');

const webkit = (timeZone) => webkitLauncher({ driver, browser, timeZone, concurrency: common.concurrency });

export default {
  ...common,
  browsers: [webkit()],
  groups: timeZoneGroups(webkit),
  // WebKitGTK draws in software under Xvfb and is the slowest of the three here: a test that takes
  // 3-5 s in Chromium (40 speakers filtered and checked with axe) can pass 10 s on a busy machine.
  testFramework: { config: { timeout: 20_000 } },
  // The lifecycle gate (500 mounts per element) passed the 300 s per-file limit in WebKit beside other runs.
  testsFinishTimeout: 600_000,
  coverage: false,
  reporters: [defaultReporter(), totalsReporter('WebKit')],
};
