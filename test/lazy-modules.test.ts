// Modules the elements load on first use. This file runs in a page of its own, so nothing has
// loaded the iCalendar writer, the Markdown parser or the schedule converter before these tests;
// each test needs the one it looks at still unloaded, so each looks at a different module, and they
// run in this order (the schedule converter's test shows a schedule's Markdown, which loads the parser).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/cluster-agenda.js';
import '../src/define/cluster-event-header.js';
import '../src/define/cluster-event-list.js';
import type { ClusterAgenda } from '../src/components/agenda/agenda.js';
import type { ClusterEventHeader } from '../src/components/event-header/event-header.js';
import type { ClusterEventList } from '../src/components/event-list/event-list.js';
import { JSON_LD_MARKER } from '../src/base/json-ld.js';
import type { EventDocument } from '../src/data/types.js';
import { varna2018 } from '../stories/data/index.js';
import { chooseCalendarFile } from './helpers/calendar-menu.js';
import { downloadsDuring } from './helpers/downloads.js';

const requested = (module: RegExp): boolean => performance.getEntriesByType('resource').some((entry) => module.test(new URL(entry.name).pathname));

const hover = (target: Element): boolean => target.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));

/** The agenda's text, through its tracks' shadow roots. */
function textOf(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeName === 'STYLE') return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
    for (const child of root.childNodes) walk(child);
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

describe('modules loaded on first use', () => {
  it('the iCalendar writer: not at page load, not for the pointer elsewhere, but when it reaches a calendar button', async () => {
    const writer = /\/calendar-writer\.[jt]s$/;
    const el = await fixture<ClusterEventHeader>(html`<cluster-event-header .data=${varna2018}></cluster-event-header>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-calendar]')!;
    expect(button, 'the header offers a calendar button').to.be.instanceOf(HTMLButtonElement);
    expect(requested(writer), 'loaded before anyone asked').to.equal(false);
    hover(el.shadowRoot!.querySelector('[part~="title"]')!);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requested(writer), 'loaded for the pointer on the title').to.equal(false);
    hover(button);
    await waitUntil(() => requested(writer), 'the writer was not requested after the pointer reached the button', { timeout: 3000 });
  });

  it("the Markdown parser: not for a plain list's JSON-LD nor a plain document's calendar file and links, but for a Markdown list's JSON-LD", async () => {
    const parser = /\/data\/markdown\.[jt]s$/;
    const description = 'Talks on the **blue economy**';
    const doc = (textFormat: 'markdown' | 'plain'): EventDocument => ({ ...varna2018, textFormat, event: { ...varna2018.event, description } });
    const graph = (el: Element): { itemListElement: { item: { description?: string } }[] } | null => {
      const text = el.querySelector(`script[${JSON_LD_MARKER}]`)?.textContent;
      return text ? JSON.parse(text) : null;
    };
    expect(requested(parser), 'loaded at page load').to.equal(false);

    // A list of plain documents writes its JSON-LD without the parser.
    const list = await fixture<ClusterEventList>(html`<cluster-event-list .data=${[doc('plain')]} now="2026-06-01T00:00:00Z"></cluster-event-list>`);
    await waitUntil(() => graph(list) !== null, 'the JSON-LD of the plain list was written');
    expect(graph(list)!.itemListElement[0]!.item.description).to.equal(description);

    // A plain document's calendar menu (its web calendars' links) and file, without the parser.
    const header = await fixture<ClusterEventHeader>(html`<cluster-event-header .data=${doc('plain')}></cluster-event-header>`);
    const files = await downloadsDuring(async () => {
      await chooseCalendarFile(header, header.shadowRoot!.querySelector<HTMLButtonElement>('button[data-calendar]')!);
    });
    expect(files.map((f) => f.name)).to.deep.equal(['Innovative Growth through Cluster Cooperation.ics']);
    expect(files[0]!.text).to.contain('**blue economy**');
    expect(requested(parser), 'loaded for plain documents').to.equal(false);

    // A Markdown document: its JSON-LD is written as plain text, with the parser.
    list.data = [doc('markdown')];
    await waitUntil(() => graph(list)?.itemListElement[0]?.item.description === 'Talks on the blue economy', 'the Markdown list wrote plain text');
    expect(requested(parser), 'the parser was requested for the Markdown list').to.equal(true);
  });

  it('the schedule converter: the agenda shows its loading state, a newer document wins, and a loaded converter works at once', async () => {
    const schedule: unknown = await (await fetch('/test/fixtures/agenda-frab.json.txt')).json();
    expect(requested(/\/export\/frab\.[jt]s$/), 'loaded before a schedule arrived').to.equal(false);
    // First render with a schedule: the converter is not there yet. Replace the schedule with a
    // document before the converter arrives: the late conversion must not overwrite it.
    const first = document.createElement('cluster-agenda') as ClusterAgenda;
    const seen: string[] = [];
    const updated = (first as unknown as { updated(c: unknown): void }).updated;
    (first as unknown as { updated(c: unknown): void }).updated = function (this: ClusterAgenda, changed: unknown) {
      updated.call(this, changed);
      seen.push(textOf(this));
      if (seen.length === 1) this.data = varna2018;
    };
    first.data = schedule;
    document.body.append(first);
    try {
      await first.updateComplete;
      await waitUntil(() => textOf(first).includes('Innovative Growth: New Business Opportunities'), 'the newer document is shown');
      await first.updateComplete;
      expect(seen[0]).to.contain('Loading…');
      expect(textOf(first)).to.contain('Innovative Growth: New Business Opportunities');
      expect(textOf(first)).not.to.contain('Tide tables');
      expect(requested(/\/export\/frab\.[jt]s$/), 'the converter was requested for the schedule').to.equal(true);
    } finally {
      first.remove();
    }
    // The converter is loaded now: a schedule converts in the first render.
    const second = await fixture<ClusterAgenda>(html`<cluster-agenda .data=${schedule}></cluster-agenda>`);
    const rendered: string[] = [];
    expect(textOf(second)).to.contain('Tide tables');
    second.data = { ...(schedule as object) };
    await (second as unknown as { rendered(): Promise<boolean> }).rendered();
    rendered.push(textOf(second));
    expect(rendered[0], 'a schedule read after the converter loaded renders without a loading state').to.contain('Tide tables');
  });
});
