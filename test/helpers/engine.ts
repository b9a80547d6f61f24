/**
 * The browser engine running the test page (web-test-runner runs the suite in Chromium, Firefox ESR
 * and WebKitGTK), and `it` variants for the few tests that need a protocol only some engines' drivers
 * have. A skipped test says why in its title, so the report names what did not run where.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';

const ua = navigator.userAgent;

/** Chromium and Chrome say "Chrome/" (headless: "HeadlessChrome/"); Firefox "Firefox/"; what is left is WebKit (Safari, WebKitGTK's MiniBrowser). */
export const engine: Engine = /\bFirefox\//.test(ua) ? 'firefox' : /(Chrome|Chromium)\//.test(ua) ? 'chromium' : 'webkit';

/**
 * `it` in the given engines, `it.skip` elsewhere, with the reason added to the title of the skipped
 * test: `onlyIn(['chromium'], 'print media is emulated through the DevTools protocol')('prints ...', fn)`.
 */
export function onlyIn(engines: readonly Engine[], reason: string): (title: string, fn: Mocha.AsyncFunc | Mocha.Func) => Mocha.Test {
  if (engines.includes(engine)) return (title, fn) => it(title, fn);
  return (title, fn) => it.skip(`${title} [skipped in ${engine}: ${reason}]`, fn);
}

/** Whether media-type emulation (`emulateMedia({ media })` of @web/test-runner-commands) works here: only over the DevTools protocol. */
export const canEmulateMedia = engine === 'chromium';
