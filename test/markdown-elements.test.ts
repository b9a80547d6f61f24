import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define/cluster-agenda-track.js';
import '../src/define/cluster-agenda.js';
import '../src/define/cluster-speaker-block.js';
import '../src/define/cluster-project-card.js';
import '../src/define/cluster-funding-call-banner.js';
import '../src/define/cluster-objective-list.js';
import '../src/define/cluster-event.js';
import type { ClusterAgendaTrack } from '../src/components/agenda-track/agenda-track.js';
import type { AgendaTrackView } from '../src/data/views.js';
import type { EventDocument, FundingCall, TextFormat } from '../src/data/types.js';
import { loadMarkdown } from '../src/base/prose.js';
import { fromFrabSchedule } from '../src/export/frab.js';
import { varna2018 } from '../stories/data/index.js';

const ABSTRACT = 'Ports **share** data.\nSee [the report](https://example.org/report) and <b>this</b>:\n\n- one\n- two';

function track(textFormat?: TextFormat, abstract = ABSTRACT): AgendaTrackView {
  return {
    name: 'Ports',
    description: 'Where *ships* meet.',
    timeZone: 'Europe/Sofia',
    lang: 'en',
    ...(textFormat ? { textFormat } : {}),
    sessions: [
      { id: 's1', title: 'Data sharing', start: '2026-06-16T10:00:00+03:00', end: '2026-06-16T10:45:00+03:00', abstract },
      { id: 's2', title: 'Coffee', start: '2026-06-16T11:00:00+03:00', end: '2026-06-16T11:15:00+03:00' },
    ],
  };
}

async function trackElement(view: AgendaTrackView): Promise<ClusterAgendaTrack> {
  return fixture<ClusterAgendaTrack>(html`<cluster-agenda-track lang="en" .track=${view} now="2026-06-01T10:00:00+03:00"></cluster-agenda-track>`);
}

/** Waits until the element shows rendered Markdown (the chunk has loaded and the element updated). */
async function markdownShown(el: Element, selector = '.markdown strong'): Promise<Element> {
  await waitUntil(() => el.shadowRoot!.querySelector(selector), `no ${selector}`, { timeout: 5000 });
  return el.shadowRoot!.querySelector(selector)!;
}

/** The markup of a shadow root without Lit's comment markers. */
const markup = (el: Element) => el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '');

describe('Markdown prose in the elements', () => {
  // First: the chunk is not loaded yet in this page.
  it('shows a Markdown abstract as plain text first, then formatted once its chunk has loaded', async () => {
    const el = await trackElement(track('markdown'));
    const box = el.shadowRoot!.querySelector('.abstract')!;
    expect(box.localName).to.equal('div');
    // Never an empty box: the words are there while the chunk loads.
    expect(box.textContent).to.contain('Ports **share** data.');
    await markdownShown(el);
    const abstract = el.shadowRoot!.querySelector('.abstract')!;
    expect(abstract.querySelector('strong')!.textContent).to.equal('share');
    const link = abstract.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/report');
    expect(link.getAttribute('rel')).to.equal('noopener');
    expect(abstract.querySelectorAll('ul > li')).to.have.length(2);
    expect(abstract.querySelector('br')).to.not.equal(null);
    // Raw HTML is text.
    expect(abstract.querySelector('b')).to.equal(null);
    expect(abstract.textContent).to.contain('<b>this</b>');
    // The track description too.
    expect(el.shadowRoot!.querySelector('.track__description em')!.textContent).to.equal('ships');
    await expect(el).to.be.accessible();
  });

  it('keeps the collapsed abstract findable in the page (hidden="until-found") and opens it', async () => {
    await loadMarkdown();
    const el = await trackElement(track('markdown'));
    await markdownShown(el);
    const abstract = el.shadowRoot!.querySelector<HTMLElement>('.abstract')!;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="abstract"]')!;
    expect(abstract.getAttribute('hidden')).to.equal('until-found');
    expect(button.getAttribute('aria-controls')).to.equal(abstract.id);
    abstract.dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect(abstract.hasAttribute('hidden')).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // The Markdown stays rendered through the update.
    expect(abstract.querySelector('strong')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders a plain-text track exactly as before: no Markdown, the same DOM with or without textFormat "plain"', async () => {
    await loadMarkdown();
    const plain = await trackElement(track());
    const explicit = await trackElement(track('plain'));
    expect(markup(explicit)).to.equal(markup(plain));
    const abstract = plain.shadowRoot!.querySelector('.abstract')!;
    expect(abstract.localName).to.equal('p');
    expect(abstract.textContent).to.equal(ABSTRACT);
    expect(plain.shadowRoot!.querySelector('.markdown, strong, ul')).to.equal(null);
    // The session's nodes: a Markdown document costs more only when it is Markdown.
    const count = (el: Element) => el.shadowRoot!.querySelector('#session-s1')!.querySelectorAll('*').length;
    const markdown = await trackElement(track('markdown'));
    await markdownShown(markdown);
    expect(count(markdown)).to.be.above(count(plain));
    expect(count(plain)).to.equal(count(explicit));
  });

  it('reads a pretalx/frab schedule as Markdown through <cluster-agenda>', async () => {
    const schedule = {
      schedule: {
        conference: {
          acronym: 'md',
          title: 'Markdown days',
          time_zone_name: 'Europe/Sofia',
          days: [
            {
              index: 1,
              date: '2026-09-10',
              rooms: {
                Quay: [
                  {
                    id: 1,
                    date: '2026-09-10T10:00:00+03:00',
                    duration: '00:30',
                    room: 'Quay',
                    title: 'Tide tables',
                    abstract: 'Reading the **tides** with [Gluon](https://gluon.readthedocs.io/).',
                    persons: [{ id: 5, public_name: 'Nora Vale' }],
                  },
                ],
              },
            },
          ],
        },
      },
    };
    const { document } = fromFrabSchedule(schedule);
    expect(document!.textFormat).to.equal('markdown');
    const el = await fixture(html`<cluster-agenda lang="en" .data=${document} now="2026-09-01T10:00:00+03:00"></cluster-agenda>`);
    await waitUntil(() => el.shadowRoot!.querySelector('cluster-agenda-track'), 'no track');
    const trackEl = el.shadowRoot!.querySelector('cluster-agenda-track')!;
    const strong = await markdownShown(trackEl, '.abstract strong');
    expect(strong.textContent).to.equal('tides');
    expect(trackEl.shadowRoot!.querySelector('.abstract a')!.getAttribute('href')).to.equal('https://gluon.readthedocs.io/');
    await expect(el).to.be.accessible();
  });

  it('formats a speaker bio and a project summary of a Markdown document', async () => {
    const speaker = await fixture(
      html`<cluster-speaker-block
        lang="en"
        .speaker=${{
          name: 'Nora Vale',
          bio: 'Harbour pilot.\n\n*Writes* about [tides](https://example.org/tides).',
          textFormat: 'markdown',
        }}
      ></cluster-speaker-block>`,
    );
    const em = await markdownShown(speaker, '.bio-text.markdown em');
    expect(em.textContent).to.equal('Writes');
    expect(speaker.shadowRoot!.querySelectorAll('.bio-text.markdown p')).to.have.length(2);
    await expect(speaker).to.be.accessible();

    const card = await fixture(
      html`<cluster-project-card
        lang="en"
        .project=${{
          acronym: 'BSC',
          title: 'Blue skills',
          summary: 'Training **for** ports.',
          textFormat: 'markdown',
        }}
      ></cluster-project-card>`,
    );
    await markdownShown(card, '.summary.markdown strong');
    await expect(card).to.be.accessible();
  });

  it('formats a call summary and objectives’ details when told text-format="markdown", and reports a bad value', async () => {
    const call: FundingCall = {
      id: 'c1',
      title: 'Cluster call',
      timeZone: 'Europe/Sofia',
      summary: 'For **clusters** only.',
      deadlines: [{ at: '2026-09-17T17:00:00+03:00' }],
    };
    const banner = await fixture(
      html`<cluster-funding-call-banner lang="en" .call=${call} text-format="markdown" now="2026-07-01T10:00:00+03:00"></cluster-funding-call-banner>`,
    );
    await markdownShown(banner, '.summary .markdown strong');
    await expect(banner).to.be.accessible();
    const plainBanner = await fixture(
      html`<cluster-funding-call-banner lang="en" .call=${call} now="2026-07-01T10:00:00+03:00"></cluster-funding-call-banner>`,
    );
    expect(plainBanner.shadowRoot!.querySelector('.summary p')!.textContent).to.equal('For **clusters** only.');

    const list = await fixture(
      html`<cluster-objective-list
        lang="en"
        text-format="markdown"
        .items=${[{ text: 'Connect ports', detail: 'With *open* data.' }]}
      ></cluster-objective-list>`,
    );
    await markdownShown(list, '.detail.markdown em');
    await expect(list).to.be.accessible();

    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = document.createElement('cluster-objective-list');
      const error = oneEvent(el, 'cluster-data-error');
      el.setAttribute('text-format', 'html');
      el.items = [{ text: 'Connect ports', detail: 'With *open* data.' }];
      await fixture(html`<div>${el}</div>`);
      const event = await error;
      expect(event.detail.problems).to.deep.include({ path: 'text-format', message: '"html" is not one of: plain, markdown' });
      // Shown as plain text.
      expect(el.shadowRoot!.querySelector('p.detail')!.textContent).to.equal('With *open* data.');
    } finally {
      console.warn = warn;
    }
  });

  it('passes a Markdown document’s text format on from <cluster-event> to the calls and objective lists', async () => {
    const doc = { ...varna2018, textFormat: 'markdown' } as EventDocument;
    const el = await fixture(html`<cluster-event lang="en" .data=${doc} now="2018-07-06T12:00:00+03:00"></cluster-event>`);
    await waitUntil(() => el.shadowRoot!.querySelector('cluster-funding-call-banner'), 'no banner');
    expect(el.shadowRoot!.querySelector('cluster-funding-call-banner')!.getAttribute('text-format')).to.equal('markdown');
    const lists = [...el.shadowRoot!.querySelectorAll('cluster-objective-list')];
    expect(lists.length).to.be.above(0);
    for (const list of lists) expect(list.getAttribute('text-format')).to.equal('markdown');
    const plain = await fixture(html`<cluster-event lang="en" .data=${varna2018} now="2018-07-06T12:00:00+03:00"></cluster-event>`);
    await waitUntil(() => plain.shadowRoot!.querySelector('cluster-funding-call-banner'), 'no banner');
    expect(plain.shadowRoot!.querySelector('cluster-funding-call-banner')!.hasAttribute('text-format')).to.equal(false);
  });
});
