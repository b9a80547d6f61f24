// Finds the Firefox ESR and WebKitGTK the browser tests also run in (Debian's packages; no tool may
// download a browser), and says exactly what to install when one is missing.
//   Firefox: $FIREFOX_PATH, else /usr/bin/firefox-esr or /usr/bin/firefox  (apt-get install -y firefox-esr)
//   WebKit:  $WEBKIT_WEBDRIVER (default WebKitWebDriver on PATH) driving $WEBKIT_MINIBROWSER (default
//            WebKitGTK's MiniBrowser), each window in an Xvfb display of its own  (apt-get install -y webkit2gtk-driver xvfb)
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const onPath = (name) =>
  (process.env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, name))
    .find((p) => existsSync(p));

export const install = {
  firefox: 'apt-get update && apt-get install -y firefox-esr',
  webkit: 'apt-get update && apt-get install -y webkit2gtk-driver xvfb',
};

const firefoxCandidates = () => [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
const miniBrowserCandidates = () => [
  process.env.WEBKIT_MINIBROWSER,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

/** The Firefox binary, or undefined. */
export function firefoxPath() {
  return firefoxCandidates().find((p) => p && existsSync(p));
}

/** `{ driver, browser }` for WebKit, or undefined when the driver, MiniBrowser or Xvfb is missing. */
export function webkitPaths() {
  const driver = process.env.WEBKIT_WEBDRIVER ?? onPath('WebKitWebDriver');
  const browser = miniBrowserCandidates().find((p) => p && existsSync(p));
  return driver && existsSync(driver) && browser && onPath('Xvfb') ? { driver, browser } : undefined;
}

/** What to install for an engine, as lines to print. */
export function missing(engine) {
  if (engine === 'firefox') {
    return [
      'No Firefox found for the Firefox run of the browser tests.',
      `Looked at: ${firefoxCandidates().filter(Boolean).join(', ')}`,
      `Install it (Debian/Ubuntu, as root):  ${install.firefox}`,
      'or point FIREFOX_PATH at a Firefox binary.',
    ];
  }
  return [
    "No WebKitWebDriver with WebKitGTK's MiniBrowser and Xvfb found for the WebKit run of the browser tests.",
    `Looked at: WebKitWebDriver on PATH (or $WEBKIT_WEBDRIVER), ${miniBrowserCandidates().filter(Boolean).join(', ')}, Xvfb on PATH`,
    `Install them (Debian/Ubuntu, as root):  ${install.webkit}`,
  ];
}

/** Returns the engine's paths, or exits with instructions. */
export function findEngine(engine) {
  const found = engine === 'firefox' ? firefoxPath() : webkitPaths();
  if (found) return found;
  console.error(missing(engine).join('\n'));
  process.exit(1);
}
