// Finds the Chromium the tests, benchmarks and screenshots use: $CHROME_PATH, else /usr/bin/chromium.
import { existsSync } from 'node:fs';

export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Test files run side by side in tabs of one browser: keep background tabs painting and ticking,
  // or a fixture waiting for an animation frame in a hidden tab times out.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Returns the first Chromium found, or exits with instructions when there is none. */
export function findChrome({ exit = true } = {}) {
  const found = candidates.find((path) => path && existsSync(path));
  if (found) return found;
  const message = [
    'No Chromium found for the browser tests.',
    `Looked at: ${candidates.filter(Boolean).join(', ')}`,
    'Install it (Debian/Ubuntu, as root):  apt-get update && apt-get install -y chromium',
    'or point CHROME_PATH at a Chrome/Chromium binary:  CHROME_PATH=/path/to/chrome npm test',
  ].join('\n');
  if (!exit) throw new Error(message);
  console.error(message);
  process.exit(1);
}
