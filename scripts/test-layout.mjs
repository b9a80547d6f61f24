// npm run test:layout: the layout-sensitive tests (test/layout/wtr-fonts.config.mjs) once per font:
// DejaVu Sans (Debian's default sans-serif, what a machine without Noto shows) and Noto Sans (which
// the elements' font stack names, and fontconfig prefers once fonts-noto-core is installed).
// Says which Debian package to install when a font is missing (the run would fail on it anyway).
import { spawnSync } from 'node:child_process';

const fonts = [
  { family: 'DejaVu Sans', debian: 'fonts-dejavu-core' },
  { family: 'Noto Sans', debian: 'fonts-noto-core' },
];

const installed = (family) => {
  const { stdout, status } = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  return (
    status !== 0 ||
    stdout.split('\n').some((line) =>
      line
        .split(',')
        .map((s) => s.trim())
        .includes(family),
    )
  );
};

let failed = 0;
for (const { family, debian } of fonts) {
  console.log(`\n--- layout tests with ${family}`);
  if (!installed(family)) console.error(`${family} seems missing: apt-get update && apt-get install -y ${debian}`);
  const started = Date.now();
  const { status } = spawnSync('npx', ['--no-install', 'web-test-runner', '--config', 'test/layout/wtr-fonts.config.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, LAYOUT_FONT: family },
  });
  console.log(`--- ${family}: ${status === 0 ? 'passed' : 'FAILED'} in ${Math.round((Date.now() - started) / 1000)} s`);
  if (status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
