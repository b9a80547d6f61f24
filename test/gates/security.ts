/**
 * The security gate's checks (used by security-*.test.ts). The injection corpus (corpus.ts) goes into every text, URL, colour and id field
 * of the demo documents and into every text and URL attribute of every element. Then:
 * - no payload ran (each calls window.__gatePwned if it ever executes);
 * - no shadow tree holds a script, frame or object element, an event-handler attribute, a URL
 *   attribute with a scheme other than http(s), mailto or tel, or a style with url(),
 *   expression() or a non-colour in a colour property;
 * - the text payloads reach the page as text (so the gate is not vacuous);
 * - every calendar the element offers for download is valid RFC 5545 (no header injection).
 */
import { expect } from '@open-wc/testing';
import type { EventDocument } from '../../src/data/types.js';
import { blueSummit2026, varna2018 } from '../../stories/data/index.js';
import { COLOR_PAYLOADS, SAFE_PROTOCOLS, TEXT_PAYLOADS, URL_ATTRIBUTES, URL_PAYLOADS, isPlainColor } from './corpus.js';
import { inject, type Injection } from './documents.js';
import type { ElementGate } from './elements.js';
import { contentLines, validateICalendar } from './ical-validate.js';
import { deepElements, isolatePage, mount, quietly, renderedText, settle, since, watchErrors, type ElementInput } from './harness.js';

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'applet', 'portal']);

/** Lets pending tasks run (an image's error event, a handler). Not an animation frame: tabs in the background get none. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Everything unsafe found in the element's light and shadow trees. */
export function unsafeDom(host: Element): string[] {
  const found: string[] = [];
  for (const el of deepElements(host)) {
    const inShadow = el.getRootNode() instanceof ShadowRoot;
    const name = el.localName;
    if (FORBIDDEN_ELEMENTS.has(name)) {
      const ldJson = name === 'script' && !inShadow && (el as HTMLScriptElement).type === 'application/ld+json';
      if (!ldJson) found.push(`<${name}> element${inShadow ? ' in a shadow root' : ''}`);
      else if (/<\/script|<!--|<script/i.test(el.textContent ?? '')) found.push('JSON-LD script text that could end the script element');
    }
    for (const attr of Array.from(el.attributes)) {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith('on')) found.push(`<${name} ${attr.name}> event-handler attribute`);
      // A custom element's own attributes (the host's `href`, given by the page) are its API, not links.
      if ((URL_ATTRIBUTES as readonly string[]).includes(attrName) && !name.includes('-')) {
        if (attrName === 'data' && name !== 'object') continue;
        for (const value of attrName === 'srcset' ? attr.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [attr.value]) {
          let protocol: string;
          try {
            protocol = new URL(value, document.baseURI).protocol;
          } catch {
            continue; // Not a URL the browser could follow.
          }
          // A venue's `geo:` link is made by the event header from two checked numbers, never
          // from text in the data: exactly `geo:<latitude>,<longitude>` in plain decimals passes.
          if (protocol === 'geo:' && /^geo:-?\d{1,3}(\.\d{1,6})?,-?\d{1,3}(\.\d{1,6})?$/.test(value)) continue;
          if (!(SAFE_PROTOCOLS as readonly string[]).includes(protocol))
            found.push(`<${name} ${attr.name}="${value.slice(0, 60)}"> with the scheme ${protocol}`);
        }
      }
      if (attrName === 'style' || attrName === 'srcdoc') {
        if (/url\s*\(|expression\s*\(|javascript:|@import/i.test(attr.value)) found.push(`<${name} ${attr.name}="${attr.value.slice(0, 80)}">`);
      }
    }
    const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (style) {
      for (let i = 0; i < style.length; i++) {
        const prop = style.item(i);
        const value = style.getPropertyValue(prop).trim();
        if (/color|accent/i.test(prop) && value !== '' && !isPlainColor(value))
          found.push(`<${name}> style ${prop}: ${value.slice(0, 60)} is not a plain colour`);
      }
    }
  }
  return found;
}

/** Intercepts downloads: collects the blobs and keeps the browser from saving them. */
function captureDownloads(): { blobs: Blob[]; stop(): void } {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (obj: Blob | MediaSource) => {
    if (obj instanceof Blob) blobs.push(obj);
    return original.call(URL, obj);
  };
  const prevent = (event: Event) => {
    if (event.target instanceof HTMLAnchorElement && event.target.hasAttribute('download')) event.preventDefault();
  };
  document.addEventListener('click', prevent, true);
  return {
    blobs,
    stop() {
      URL.createObjectURL = original;
      document.removeEventListener('click', prevent, true);
    },
  };
}

/** Presses every button of the element (favourites, disclosures, downloads, dismiss) once. */
export async function pressEveryButton(host: HTMLElement): Promise<void> {
  const buttons = Array.from(deepElements(host)).filter((el): el is HTMLButtonElement => el instanceof HTMLButtonElement);
  for (const button of buttons) {
    if (!button.isConnected) continue;
    button.click();
    await settle(host);
    // A calendar button opens its element's calendar menu (the links are checked with the DOM):
    // choose its .ics file too, so the offered calendars are still validated.
    const file = Array.from(deepElements(host)).find((el): el is HTMLButtonElement => el instanceof HTMLButtonElement && el.matches('.calendar-menu__item'));
    if (file) {
      for (const p of unsafeDom(host)) menuProblems.add(p);
      file.click();
      await settle(host);
    }
  }
}

/** Unsafe content seen in an open calendar menu while pressing the buttons (read with {@link takeMenuProblems}). */
const menuProblems = new Set<string>();

/** What {@link pressEveryButton} saw in the calendar menus it opened since the last call. */
export function takeMenuProblems(): string[] {
  const found = [...menuProblems];
  menuProblems.clear();
  return found;
}

/**
 * The injections: one round per payload of the longest list with the i-th text, URL and colour
 * payloads together, then one round per text payload put before every id (and reference), the
 * rest of the document left valid.
 */
export function injections(): Injection[] {
  const rounds = Math.max(TEXT_PAYLOADS.length, URL_PAYLOADS.length, COLOR_PAYLOADS.length);
  const fields = Array.from({ length: rounds }, (_, i) => ({
    text: TEXT_PAYLOADS[i % TEXT_PAYLOADS.length]!,
    url: URL_PAYLOADS[i % URL_PAYLOADS.length]!,
    color: COLOR_PAYLOADS[i % COLOR_PAYLOADS.length]!,
  }));
  // Ids are at most 200 characters: the long payloads are shortened.
  const ids = TEXT_PAYLOADS.map((payload) => ({ idPrefix: payload.slice(0, 150) }));
  return [...fields, ...ids];
}

/** Every input of one element for one injection: from the injected documents, and from attributes. */
export function hostileInputs(gate: ElementGate, injection: Injection): ElementInput[] {
  const docs = [inject(blueSummit2026, injection), inject(varna2018, injection)] as EventDocument[];
  const inputs = docs.flatMap((doc) => gate.fromDocument(doc));
  if (gate.attributeBase && injection.text !== undefined && injection.url !== undefined) {
    const attrs: Record<string, string> = { ...gate.attributeBase };
    for (const name of gate.textAttributes) attrs[name] = injection.text!;
    for (const name of gate.urlAttributes) attrs[name] = injection.url!;
    inputs.push({ attrs });
    // Text payloads in URL attributes too, and URL payloads in text attributes.
    const swapped: Record<string, string> = { ...gate.attributeBase };
    for (const name of gate.textAttributes) swapped[name] = injection.url!;
    for (const name of gate.urlAttributes) swapped[name] = injection.text!;
    inputs.push({ attrs: swapped });
  }
  return inputs;
}

/** A payload a reader should see verbatim when it is shown as text (printable ASCII, not huge). */
const visible = (payload: string) => /^[\x20-\x7e]+$/.test(payload) && payload.length < 400;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Renders one element with every hostile input and checks it; the global flag must be installed.
 */
export async function checkElementSecurity(gate: ElementGate, flag: { ran: string[] }): Promise<void> {
  await gate.load();
  const start = performance.now();
  const downloads = captureDownloads();
  const restorePage = isolatePage();
  const watch = watchErrors();
  const problems: string[] = [];
  const seenAsText = new Set<string>();
  let cases = 0;
  try {
    await quietly(async () => {
      for (const injection of injections()) {
        for (const input of hostileInputs(gate, injection)) {
          cases++;
          const where =
            injection.idPrefix !== undefined
              ? `(id prefix ${JSON.stringify(injection.idPrefix.slice(0, 40))})`
              : `(text ${JSON.stringify(injection.text!.slice(0, 40))}, url ${JSON.stringify(injection.url!.slice(0, 40))}, colour ${JSON.stringify(injection.color)})`;
          let m: Awaited<ReturnType<typeof mount<HTMLElement>>>;
          try {
            m = await mount<HTMLElement>(gate.tag, input);
          } catch (error) {
            problems.push(`rendering threw ${String(error)} ${where}`);
            document.querySelectorAll(gate.tag).forEach((el) => el.parentElement?.remove());
            continue;
          }
          try {
            await nextTask();
            for (const p of unsafeDom(m.el)) problems.push(`${p} ${where}`);
            if (injection.text !== undefined && visible(injection.text) && squash(renderedText(m.el)).includes(squash(injection.text)))
              seenAsText.add(injection.text);
            try {
              await pressEveryButton(m.el);
            } catch (error) {
              problems.push(`pressing the buttons threw ${String(error)} ${where}`);
            }
            for (const p of unsafeDom(m.el)) problems.push(`after pressing the buttons: ${p} ${where}`);
            for (const p of takeMenuProblems()) problems.push(`in a calendar menu: ${p} ${where}`);
          } finally {
            m.remove();
          }
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(flag.ran, 'payloads that ran').to.deep.equal([]);
    expect([...new Set(problems)], 'unsafe content in the DOM').to.deep.equal([]);
    const expectedVisible = [...new Set(TEXT_PAYLOADS.filter(visible))];
    expect(
      expectedVisible.filter((p) => !seenAsText.has(p)),
      'text payloads that never appeared as text (the gate would be vacuous for them)',
    ).to.deep.equal([]);
    const calendars = (await Promise.all(downloads.blobs.map((b) => b.text()))).filter((t) => t.startsWith('BEGIN:VCALENDAR'));
    for (const ics of calendars) {
      const errors = validateICalendar(ics);
      expect(errors, `an offered calendar is not valid RFC 5545:\n${ics.slice(0, 1500)}`).to.deep.equal([]);
      expect(contentLines(ics).map((l) => l.name)).not.to.include('ATTENDEE');
    }
    console.log(`[gate] security <${gate.tag}>: ${cases} hostile inputs, ${calendars.length} calendars checked, in ${since(start)} ms`);
  } finally {
    downloads.stop();
    restorePage();
    expect(watch.stop(), 'errors while rendering hostile input').to.deep.equal([]);
  }
}
