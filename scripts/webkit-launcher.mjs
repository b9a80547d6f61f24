// A web-test-runner launcher for WebKit: Debian's WebKitWebDriver driving WebKitGTK's MiniBrowser
// over W3C WebDriver (plain HTTP, no client library: @web/test-runner-webdriver needs webdriverio,
// whose driver packages download drivers on install). Run it in an X display (xvfb-run).
//
// One driver process and one MiniBrowser per slot (`concurrency` slots), each in its own virtual X
// display (Xvfb, Debian's xvfb): a test file takes a free slot, is loaded there and gives the slot
// back when it ends. A display per window, because two MiniBrowser windows on one display take the
// focus from each other, and a page whose window lost it stops matching :focus-visible after Tab
// (the keyboard gate passed alone and failed beside another test file).
//
// The launcher says `type: 'puppeteer'` and `getPage(id)` returns a small page object with the part
// of puppeteer's Page that @web/test-runner-commands calls (keyboard, setViewport, media emulation),
// implemented with WebDriver: so sendKeys (press, type, down, up) and setViewport work as in the
// other engines. WebDriver cannot emulate media types or features: emulateMedia throws, and the tests
// that need it are marked Chromium-only (test/helpers/engine.ts).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// MiniBrowser's toolbar keeps its window at least 447 px wide. This GTK style sheet shrinks the
// toolbar's own widgets (not the web page, which WebKit draws with its own theme) so the window
// can give the page a 320 px viewport, the width the reflow tests need (WCAG 1.4.10).
const gtkCss = 'toolbar, toolbar *, entry, button { min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; font-size: 1px; }\n';

/** WebDriver key values for the key names tests use (puppeteer's names). */
const keys = {
  Tab: '\uE004',
  Enter: '\uE007',
  Space: ' ',
  Backspace: '\uE003',
  Escape: '\uE00C',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Delete: '\uE017',
};
const keyValue = (name) => keys[name] ?? (name.length === 1 ? name : undefined);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const delay = (ms) => new Promise((r) => setTimeout(r, ms));

/** One WebKitWebDriver process with one MiniBrowser session. */
class Slot {
  constructor({ driver, browser, timeZone, env }) {
    this.options = { driver, browser, timeZone, env };
    this.url = undefined;
    this.chrome = undefined; // outer minus inner size of the window, measured once
  }

  /** Starts an Xvfb of its own and resolves with its display (":N"), read from -displayfd. */
  startDisplay() {
    return new Promise((resolve, reject) => {
      const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      });
      this.xvfb = xvfb;
      process.once('exit', () => xvfb.kill());
      let text = '';
      xvfb.on('error', (error) => reject(new Error(`Xvfb could not start (apt-get install -y xvfb): ${error.message}`)));
      xvfb.stdio[3].on('data', (chunk) => {
        text += chunk;
        if (text.includes('\n')) resolve(`:${text.trim()}`);
      });
      xvfb.on('exit', (code) => reject(new Error(`Xvfb ended (${code}) before giving a display`)));
    });
  }

  async start() {
    const { driver, browser, timeZone, env } = this.options;
    const display = await this.startDisplay();
    this.port = await freePort();
    this.process = spawn(driver, [`--port=${this.port}`], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...env, DISPLAY: display } });
    this.process.stderr.on('data', () => undefined);
    // The driver ends its MiniBrowser when it ends: never leave one behind, even when the runner is interrupted.
    const driverProcess = this.process;
    process.once('exit', () => driverProcess.kill());
    this.base = `http://127.0.0.1:${this.port}`;
    for (let i = 0; ; i++) {
      try {
        await fetch(`${this.base}/status`);
        break;
      } catch (error) {
        if (i > 100) throw new Error(`WebKitWebDriver did not start on port ${this.port}: ${error.message}`, { cause: error });
        await delay(100);
      }
    }
    const args = ['--automation', '--enable-tabs-to-links=true'];
    if (timeZone) args.push(`--time-zone=${timeZone}`);
    const session = await this.send('POST', '/session', {
      capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: browser, args } } },
    });
    this.id = session.sessionId;
    this.version = session.capabilities?.browserVersion;
  }

  async send(method, path, body) {
    const res = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${json.value?.error ?? res.status} ${json.value?.message ?? ''}`);
    return json.value;
  }

  command(method, path, body) {
    return this.send(method, `/session/${this.id}${path}`, body);
  }

  execute(script, args = []) {
    return this.command('POST', '/execute/sync', { script, args });
  }

  async navigate(url) {
    this.url = url;
    await this.command('POST', '/url', { url });
  }

  async keyActions(actions) {
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** The part of puppeteer's Page that the commands of @web/test-runner-commands use. */
  page() {
    const press = (name) => {
      const value = keyValue(name);
      if (!value) throw new Error(`WebKit launcher: no WebDriver key for "${name}"`);
      return value;
    };
    return {
      keyboard: {
        type: (text) =>
          this.keyActions(
            [...text].flatMap((c) => [
              { type: 'keyDown', value: c },
              { type: 'keyUp', value: c },
            ]),
          ),
        press: (name) =>
          this.keyActions([
            { type: 'keyDown', value: press(name) },
            { type: 'keyUp', value: press(name) },
          ]),
        down: (name) => this.keyActions([{ type: 'keyDown', value: press(name) }]),
        up: (name) => this.keyActions([{ type: 'keyUp', value: press(name) }]),
      },
      setViewport: (viewport) => this.setViewport(viewport),
      emulateMediaFeatures: () => {
        throw new Error('WebKit launcher: WebDriver cannot emulate media features (Chromium-only test)');
      },
      emulateMediaType: () => {
        throw new Error('WebKit launcher: WebDriver cannot emulate media types (Chromium-only test)');
      },
    };
  }

  /** The page's viewport as [innerWidth, innerHeight]. */
  viewport() {
    return this.execute('return [innerWidth, innerHeight]');
  }

  /**
   * Waits up to `ms` for the viewport to become `width` x `height`. Under Xvfb the window manager
   * applies a new window rect after the WebDriver command has returned, so the first reading can be
   * a size from before (a CI run read 800 x 332 once).
   */
  async settle(width, height, ms = 2000) {
    const until = Date.now() + ms;
    let size = await this.viewport();
    while ((size[0] !== width || size[1] !== height) && Date.now() < until) {
      await delay(50);
      size = await this.viewport();
    }
    return size;
  }

  /** Sizes the window so the page's viewport is `width` x `height` CSS px. */
  async setViewport({ width, height }) {
    let size = [0, 0];
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!this.chrome || attempt > 0) {
        // Window decorations and toolbars: measured again on a retry, in case the first reading
        // came while the window was still being mapped.
        const [innerWidth, innerHeight, outerWidth, outerHeight] = await this.execute('return [innerWidth, innerHeight, outerWidth, outerHeight]');
        this.chrome = { width: outerWidth - innerWidth, height: outerHeight - innerHeight };
      }
      await this.command('POST', '/window/rect', { width: width + this.chrome.width, height: height + this.chrome.height });
      size = await this.settle(width, height);
      if (size[0] === width && size[1] === height) return;
      // Window managers and toolbars may round; correct with what was measured.
      const rect = await this.command('GET', '/window/rect');
      await this.command('POST', '/window/rect', { width: rect.width + width - size[0], height: rect.height + height - size[1] });
      size = await this.settle(width, height);
      if (size[0] === width && size[1] === height) return;
    }
    throw new Error(`WebKit launcher: viewport ${size[0]}x${size[1]} instead of ${width}x${height}`);
  }

  async stop() {
    try {
      if (this.id) await this.send('DELETE', `/session/${this.id}`);
    } catch {
      // the browser may be gone already
    }
    this.process?.kill();
    this.xvfb?.kill();
  }
}

export class WebKitLauncher {
  constructor({ driver, browser, timeZone, concurrency = 2 }) {
    this.name = 'WebKit';
    this.type = 'puppeteer'; // see the note at the top of this file
    this.concurrency = concurrency;
    this.options = { driver, browser, timeZone };
    this.free = [];
    this.waiting = [];
    this.all = [];
    this.active = new Map();
  }

  async initialize() {
    const dir = join(tmpdir(), `cluster-webkit-gtk-${process.pid}`);
    mkdirSync(join(dir, 'gtk-3.0'), { recursive: true });
    writeFileSync(join(dir, 'gtk-3.0', 'gtk.css'), gtkCss);
    this.env = { ...process.env, XDG_CONFIG_HOME: dir };
  }

  async acquire() {
    const slot = this.free.pop();
    if (slot) return slot;
    if (this.all.length < this.concurrency) {
      const created = new Slot({ ...this.options, env: this.env });
      this.all.push(created);
      await created.start();
      await created.setViewport({ width: 800, height: 600 });
      return created;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(slot) {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.free.push(slot);
  }

  async startSession(sessionId, url) {
    const slot = await this.acquire();
    this.active.set(sessionId, slot);
    // The same 800 x 600 viewport every page starts with in the Chromium and Firefox launchers.
    await slot.setViewport({ width: 800, height: 600 });
    await slot.navigate(url);
  }

  isActive(sessionId) {
    return this.active.has(sessionId);
  }

  async getBrowserUrl(sessionId) {
    const slot = this.active.get(sessionId);
    if (!slot) return undefined;
    return slot.command('GET', '/url').catch(() => slot.url);
  }

  getPage(sessionId) {
    const slot = this.active.get(sessionId);
    if (!slot) throw new Error(`WebKit launcher: no page for session ${sessionId}`);
    return slot.page();
  }

  async stopSession(sessionId) {
    const slot = this.active.get(sessionId);
    if (!slot) throw new Error(`WebKit launcher: no page for session ${sessionId}`);
    this.active.delete(sessionId);
    // An empty page stops the test page's timers before the slot serves the next file.
    await slot.navigate('about:blank').catch(() => undefined);
    this.release(slot);
    return {};
  }

  startDebugSession() {
    throw new Error('The WebKit launcher has no debug mode: run MiniBrowser yourself and open the test page.');
  }

  async stop() {
    await Promise.all(this.all.map((slot) => slot.stop()));
  }
}

export const webkitLauncher = (options) => new WebKitLauncher(options);
