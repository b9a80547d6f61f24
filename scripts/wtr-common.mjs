// What every web-test-runner configuration shares (web-test-runner.config.mjs for Chromium,
// web-test-runner.firefox.config.mjs, web-test-runner.webkit.config.mjs): the files, the TypeScript
// plugin, timeouts, and the zone-sensitive groups, given a launcher for a time zone.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));

/**
 * Prints one closing line for the whole run, every group included: `Firefox: 812 passed, 0 failed,
 * 3 skipped` (web-test-runner's own lines count each group apart). A test file that failed to load
 * or to finish counts as one failed test. .ci/run checks that this line is there.
 */
export function totalsReporter(label) {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
  };
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        if (!session.passed && totals.failed === before) totals.failed++;
      }
      console.log(`${label}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}

export const common = {
  // test/schema/ runs in Node with vitest (npm run test:schema): it needs ajv and the file system.
  files: ['test/**/*.test.ts', '!test/tz/**', '!test/schema/**'],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig, target: 'es2022' })],
  concurrency: 2,
  // Gate files (1000 fuzzed cases per element, 500 mounts) take 30-100 s each on a loaded 2-core machine.
  testsFinishTimeout: 300_000,
  // Firefox and WebKit's MiniBrowser take 5-15 s to start, longer while other browsers run beside them.
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 10000 } },
};

/** The zone-sensitive tests (test/tz/) again with the browser far from Europe/Sofia. */
export const timeZoneGroups = (launcherIn) => [
  { name: 'america-new-york', files: ['test/tz/**/*.test.ts'], browsers: [launcherIn('America/New_York')] },
  { name: 'asia-tokyo', files: ['test/tz/**/*.test.ts'], browsers: [launcherIn('Asia/Tokyo')] },
];
