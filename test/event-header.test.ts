import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/cluster-event-header.js';
import type { ClusterEventHeader } from '../src/define/cluster-event-header.js';
import { eventHeaderViewFromDocument, type EventHeaderView } from '../src/data/people-view.js';
import { blueSummit2026, varna2018 } from '../stories/data/index.js';
import type { DataProblem, EventDocument } from '../src/data/types.js';
import { captureDownloads } from './helpers/downloads.js';
import { calendarMenuItems, calendarMenuOf, chooseCalendarFile, deepActiveElement, openedCalendarMenu } from './helpers/calendar-menu.js';
import { icuNeutral } from './helpers/intl.js';
import { nameFromContent } from './helpers/names.js';
import { mergeEventHeader } from '../src/components/event-header/event-header.view.js';
import { icsForEvent } from '../src/export/ical-markdown.js';
import { root, text, q, langOf } from './helpers/dom.js';

/** The datetime and text of each <time> of the event's date. */
const times = (el: Element): [string | null, string][] =>
  [...root(el).querySelectorAll('[part="time"] time')].map((t) => [t.getAttribute('datetime'), text(t)]);

/** The value (dd) of the fact labelled `label`. */
function fact(el: Element, label: string): string {
  const dt = [...root(el).querySelectorAll('dt')].find((d) => text(d) === label);
  return text(dt?.nextElementSibling);
}

/**
 * Renders with `lang` on the element itself: open-wc waits for a frame after rendering a plain
 * wrapper, and pages that run in the background get no frames.
 */
async function inLang<T extends Element>(lang: string, template: (lang: string) => unknown): Promise<T> {
  return fixture<T>(template(lang) as Parameters<typeof fixture>[0]);
}

function quiet(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (msg: string) => warnings.push(String(msg));
  return { warnings, restore: () => (console.warn = original) };
}

describe('<cluster-event-header>', () => {
  it('renders the Varna 2018 meeting from its document', async () => {
    const el = await inLang<ClusterEventHeader>('en-GB', (lang) => html`<cluster-event-header lang=${lang} .data=${varna2018}></cluster-event-header>`);
    const heading = q(el, '[part="title"]')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(text(heading)).to.equal('Innovative Growth through Cluster Cooperation');
    expect(times(el)).to.deep.equal([['2018-07-06', '6 July 2018']]);
    // The hours were not published: no time is shown.
    expect(q(el, '.times')).to.equal(null);
    expect(fact(el, 'Where')).to.equal('Varna, Bulgaria');
    expect(fact(el, 'Format')).to.equal('In person');
    const organisers = q(el, '#organizers')!;
    expect(text(organisers)).to.equal('Organised by');
    const names = [...root(el).querySelectorAll('[aria-labelledby="organizers"] li')].map((li) => text(li));
    expect(names).to.deep.equal(['Marine Cluster Bulgaria', 'Green Synergy Cluster', 'Association of Business Clusters']);
    expect(q(el, '.status')).to.equal(null);
    expect(nameFromContent(q(el, 'button')!)).to.equal('Add to calendar: Innovative Growth through Cluster Cooperation');
    await expect(el).to.be.accessible();
  });

  it('renders the Varna meeting in Bulgarian', async () => {
    const el = await inLang<ClusterEventHeader>('bg', (lang) => html`<cluster-event-header lang=${lang} .data=${varna2018}></cluster-event-header>`);
    expect(text(q(el, '[part="title"]'))).to.equal('Иновативен растеж чрез клъстерно сътрудничество');
    expect(text(q(el, 'time'))).to.equal('6 юли 2018 г.');
    expect(fact(el, 'Къде')).to.equal('Варна, България');
    expect(fact(el, 'Формат')).to.equal('Присъствено');
    expect(text(q(el, '#organizers'))).to.equal('Организатори');
    expect(text(root(el).querySelector('[aria-labelledby="organizers"] li'))).to.equal('Морски клъстер България');
    expect(nameFromContent(q(el, 'button')!)).to.equal('Добавяне в календара: Иновативен растеж чрез клъстерно сътрудничество');
    await expect(el).to.be.accessible();
  });

  it('takes a simple event from attributes', async () => {
    const el = await inLang<ClusterEventHeader>(
      'en-GB',
      (lang) =>
        html`<cluster-event-header
          lang=${lang}
          heading="Demo Cluster Day"
          start="2026-06-16T10:00:00+03:00"
          end="2026-06-16T17:30:00+03:00"
          time-zone="Europe/Sofia"
          venue="Demo Hall"
          locality="Burgas"
          country="bg"
          heading-level="1"
        ></cluster-event-header>`,
    );
    expect(el.heading).to.equal('Demo Cluster Day');
    expect(el.timeZone).to.equal('Europe/Sofia');
    expect(q(el, '[part="title"]')!.getAttribute('aria-level')).to.equal('1');
    expect(text(q(el, 'time'))).to.equal('16 June 2026');
    expect(text(q(el, '.times'))).to.equal('10:00–17:30 EEST');
    expect(fact(el, 'Where')).to.equal('Demo Hall, Burgas, Bulgaria');
    el.setAttribute('locality', 'Varna');
    await el.updateComplete;
    expect(el.locality).to.equal('Varna');
    expect(fact(el, 'Where')).to.equal('Demo Hall, Varna, Bulgaria');
    await expect(el).to.be.accessible();
  });

  it('formats a date range with Intl formatRange', async () => {
    const en = await inLang<ClusterEventHeader>(
      'en-GB',
      (lang) => html`<cluster-event-header lang=${lang} heading="Summit" start="2018-07-06" end="2018-07-08" time-zone="Europe/Sofia"></cluster-event-header>`,
    );
    expect(icuNeutral(text(q(en, '[part="time"]')))).to.equal('6 – 8 July 2018');
    expect(times(en)).to.deep.equal([
      ['2018-07-06', '6'],
      ['2018-07-08', '8'],
    ]);
    const bg = await inLang<ClusterEventHeader>(
      'bg',
      (lang) => html`<cluster-event-header lang=${lang} heading="Среща" start="2018-07-06" end="2018-07-08" time-zone="Europe/Sofia"></cluster-event-header>`,
    );
    expect(text(q(bg, '[part="time"]'))).to.equal('6 – 8 юли 2018 г.');
  });

  it('lets the event property win over the attributes field by field', async () => {
    const view: EventHeaderView = {
      id: 'demo',
      name: 'Property Name',
      timeZone: 'Europe/Sofia',
      start: '2026-06-16',
    };
    const el = await inLang<ClusterEventHeader>(
      'en-GB',
      (lang) =>
        html`<cluster-event-header
          lang=${lang}
          heading="Attribute Name"
          locality="Burgas"
          country="BG"
          start="2030-01-01"
          .event=${view}
        ></cluster-event-header>`,
    );
    expect(text(q(el, '[part="title"]'))).to.equal('Property Name');
    expect(text(q(el, 'time'))).to.equal('16 June 2026');
    expect(fact(el, 'Where')).to.equal('Burgas, Bulgaria');
  });

  it('says in words when an event is cancelled, postponed or moved online', async () => {
    const base = eventHeaderViewFromDocument(varna2018);
    const cancelled = await inLang<ClusterEventHeader>(
      'en-GB',
      (lang) => html`<cluster-event-header lang=${lang} .event=${{ ...base, status: 'cancelled' }}></cluster-event-header>`,
    );
    expect(text(q(cancelled, '[part="badge"]'))).to.equal('Cancelled');
    expect(q(cancelled, 'button')).to.equal(null);
    await expect(cancelled).to.be.accessible();

    const postponed = await inLang<ClusterEventHeader>(
      'en-GB',
      (lang) =>
        html`<cluster-event-header
          lang=${lang}
          .event=${{ ...base, status: 'postponed', start: '2018-09-14', previousStart: '2018-07-06' }}
        ></cluster-event-header>`,
    );
    expect(text(q(postponed, '.status'))).to.equal('Postponed Originally planned for 6 July 2018');
    expect(text(q(postponed, 'time'))).to.equal('14 September 2018');
    await expect(postponed).to.be.accessible();

    const online = await inLang<ClusterEventHeader>(
      'bg',
      (lang) => html`<cluster-event-header lang=${lang} .event=${{ ...base, status: 'moved-online', attendanceMode: 'online' }}></cluster-event-header>`,
    );
    expect(text(q(online, '[part="badge"]'))).to.equal('Преместено онлайн');
    expect(fact(online, 'Формат')).to.equal('Онлайн');
    await expect(online).to.be.accessible();
  });

  it('links organisers only when safe, shows logos with the name as alt text, and falls back to the name', async () => {
    const { restore } = quiet();
    try {
      let problems: DataProblem[] = [];
      const el = await inLang<ClusterEventHeader>(
        'en',
        (lang) =>
          html`<cluster-event-header
            lang=${lang}
            @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => (problems = e.detail.problems)}
            .event=${{
              name: 'Logos',
              timeZone: 'Europe/Sofia',
              start: '2026-06-16',
              organizers: [
                { name: 'Safe Org', url: 'https://example.org/safe', logo: { url: '/stories/assets/speaker-photo.svg' } },
                { name: 'Unsafe Org', url: 'javascript:alert(1)' },
                { name: 'Broken Logo Org', logo: { url: '/missing-logo-404.png' } },
              ],
              partners: [{ name: { en: 'Partner', bg: 'Партньор' }, url: '/partners/p' }],
            }}
          ></cluster-event-header>`,
      );
      const items = [...root(el).querySelectorAll('[aria-labelledby="organizers"] li')];
      const safe = items[0]!.querySelector('a')!;
      expect(safe.getAttribute('href')).to.equal('https://example.org/safe');
      expect(safe.getAttribute('rel')).to.equal('noopener');
      expect(safe.querySelector('img')!.getAttribute('alt')).to.equal('Safe Org');
      expect(items[1]!.querySelector('a')).to.equal(null);
      expect(text(items[1])).to.equal('Unsafe Org');
      expect(problems.map((p) => p.path)).to.include('event.organizers[1].url');
      // The logo's URL answers 404; lazy images only load in a page that renders frames, which
      // a test page in the background does not, so the load error is delivered here (unless it
      // came by itself while updateComplete waited, for the problem warnings' module).
      items[2]!.querySelector('img')?.dispatchEvent(new Event('error'));
      await el.updateComplete;
      const after = root(el).querySelectorAll('[aria-labelledby="organizers"] li')[2]!;
      expect(after.querySelector('img')).to.equal(null);
      expect(text(after)).to.equal('Broken Logo Org');
      const partner = root(el).querySelector('[aria-labelledby="partners"] a')!;
      expect(partner.getAttribute('href')).to.equal('/partners/p');
      expect(partner.hasAttribute('rel')).to.equal(false);
      expect(text(q(el, '#partners'))).to.equal('Partners');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('downloads an iCalendar file from the "Add to calendar" menu, with the keyboard', async () => {
    const downloads = captureDownloads();
    try {
      let events = 0;
      const el = await inLang<ClusterEventHeader>(
        'en',
        (lang) => html`<cluster-event-header lang=${lang} @cluster-data-error=${() => events++} .data=${varna2018}></cluster-event-header>`,
      );
      expect(downloads.files).to.have.length(0);
      const button = q(el, 'button')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await openedCalendarMenu(el); // The calendar writer and the menu load on first use.
      expect(downloads.files, 'opening the menu downloads nothing').to.have.length(0);
      expect(deepActiveElement()?.textContent).to.equal('Calendar file (.ics)');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(downloads.files).to.have.length(1);
      expect(deepActiveElement(), 'focus returns to the button').to.equal(button);
      const { name, blob } = downloads.files[0]!;
      expect(name).to.equal('Innovative Growth through Cluster Cooperation.ics');
      expect(blob.type).to.contain('text/calendar');
      const ics = await blob.text();
      expect(ics).to.contain('BEGIN:VCALENDAR\r\n');
      expect(ics).to.contain('SUMMARY:Innovative Growth through Cluster Cooperation');
      expect(ics).to.contain('DTSTART;VALUE=DATE:20180706');
      expect(ics).to.contain('UID:varna-2018@example.org');
      expect(events).to.equal(0);
    } finally {
      downloads.restore();
    }
  });

  it('exports an event given by attributes in its zone, in the element language', async () => {
    const downloads = captureDownloads();
    try {
      const el = await inLang<ClusterEventHeader>(
        'bg',
        (lang) =>
          html`<cluster-event-header
            lang=${lang}
            heading="Демо ден"
            start="2026-06-16T10:00:00+03:00"
            end="2026-06-16T12:00:00+03:00"
            time-zone="Europe/Sofia"
            locality="Бургас"
            country="BG"
          ></cluster-event-header>`,
      );
      await chooseCalendarFile(el, q(el, 'button')!);
      const ics = await downloads.files[0]!.blob.text();
      expect(ics).to.contain('SUMMARY:Демо ден');
      expect(ics).to.contain('DTSTART;TZID=Europe/Sofia:20260616T100000');
      expect(ics).to.contain('DTEND;TZID=Europe/Sofia:20260616T120000');
      expect(ics).to.contain('BEGIN:VTIMEZONE');
      expect(downloads.files[0]!.name).to.equal('Демо ден.ics');
    } finally {
      downloads.restore();
    }
  });

  it('renders the fictional summit with times, venue and partners', async () => {
    const el = await inLang<ClusterEventHeader>('en-GB', (lang) => html`<cluster-event-header lang=${lang} .data=${blueSummit2026}></cluster-event-header>`);
    const view = eventHeaderViewFromDocument(blueSummit2026);
    expect(text(q(el, '[part="title"]'))).to.equal(view.name && typeof view.name === 'object' ? view.name['en'] : view.name);
    expect(text(q(el, '[part="time"]'))).to.match(/2026$/);
    await expect(el).to.be.accessible();
  });

  it('shows an empty state with nothing given and fires no event', async () => {
    let events = 0;
    const el = await fixture<ClusterEventHeader>(html`<cluster-event-header @cluster-data-error=${() => events++}></cluster-event-header>`);
    expect(text(q(el, '[role="status"]'))).to.equal('Nothing to show yet.');
    el.headingLevel = 3;
    await el.updateComplete;
    expect(events).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows an error state for unusable data, fires one event and warns once', async () => {
    const { warnings, restore } = quiet();
    try {
      let events = 0;
      const el = await fixture<ClusterEventHeader>(
        html`<cluster-event-header @cluster-data-error=${() => events++} .event=${'nonsense' as unknown}></cluster-event-header>`,
      );
      expect(text(q(el, '[role="status"]'))).to.contain('could not be shown');
      el.requestUpdate();
      await el.updateComplete;
      expect(events).to.equal(1);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<cluster-event-header> event:');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('keeps the name when the start is bad, and says why', async () => {
    const { restore } = quiet();
    try {
      let problems: DataProblem[] = [];
      const el = await fixture<ClusterEventHeader>(
        html`<cluster-event-header
          @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => (problems = e.detail.problems)}
          .event=${{ name: 'Named', timeZone: 'Europe/Sofia', start: 'tomorrow', status: 'maybe' } as unknown}
        ></cluster-event-header>`,
      );
      expect(text(q(el, '[part="title"]'))).to.equal('Named');
      expect(q(el, 'time')).to.equal(null);
      expect(q(el, 'button')).to.equal(null);
      expect(problems).to.deep.include({ path: 'event.start', message: '"tomorrow" is not an RFC 3339 date-time or a date (YYYY-MM-DD)' });
      expect(problems.map((p) => p.path)).to.include('event.status');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it("reports bad attributes by their names and shows times at the start's offset without a zone", async () => {
    const { restore } = quiet();
    try {
      let problems: DataProblem[] = [];
      const el = await inLang<ClusterEventHeader>(
        'en-GB',
        (lang) =>
          html`<cluster-event-header
            lang=${lang}
            @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => (problems = e.detail.problems)}
            heading="No zone"
            start="2026-06-16T10:00:00+03:00"
            end="2026-06-16T09:00"
            country="Bulgaria"
          ></cluster-event-header>`,
      );
      expect(problems.map((p) => p.path)).to.have.members(['end', 'country', 'time-zone']);
      // Without a zone the time is shown at the offset it was written with, named; the problem stays.
      expect(text(q(el, '.times'))).to.equal('10:00 GMT+3');
    } finally {
      restore();
    }
  });

  it('shows a start with an offset but no zone at that offset, labelled, and still says the zone is missing', async () => {
    const { restore } = quiet();
    try {
      let problems: DataProblem[] = [];
      const el = await inLang<ClusterEventHeader>(
        'en',
        (lang) =>
          html`<cluster-event-header
            lang=${lang}
            @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => (problems = e.detail.problems)}
            heading="No zone"
            start="2027-05-20T10:00:00+03:00"
          ></cluster-event-header>`,
      );
      expect(text(q(el, '[part="time"]'))).to.equal('May 20, 2027');
      expect(text(q(el, '.times'))).to.equal('10:00 AM GMT+3');
      expect(problems).to.deep.equal([
        { path: 'time-zone', message: 'is missing while the start has a time; times are shown at the offset of the start (+03:00)' },
      ]);
      await expect(el).to.be.accessible();
      // The calendar file keeps the exact instant, in UTC, as before (no made-up zone in it).
      const downloads = captureDownloads();
      try {
        await chooseCalendarFile(el, q(el, 'button')!);
        const ics = await downloads.files[0]!.blob.text();
        expect(ics).to.contain('DTSTART:20270520T070000Z');
        expect(ics).to.not.contain('TZID');
      } finally {
        downloads.restore();
      }
      // An offset west of Greenwich; an offset with minutes (no zone without rules stands for it) and Z show UTC.
      let indiaProblems: DataProblem[] = [];
      const india = await inLang<ClusterEventHeader>(
        'en',
        (lang) =>
          html`<cluster-event-header
            lang=${lang}
            heading="x"
            start="2027-05-20T10:00:00+05:30"
            end="2027-05-20T12:30:00+05:30"
            @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => (indiaProblems = e.detail.problems)}
          ></cluster-event-header>`,
      );
      expect(text(q(india, '.times'))).to.equal('4:30 – 7:00 AM UTC');
      expect(indiaProblems[0]!.message).to.equal('is missing while the start has a time; times are shown in UTC');
      const west = await inLang<ClusterEventHeader>(
        'bg',
        (lang) => html`<cluster-event-header lang=${lang} heading="x" start="2027-05-19T22:00:00-04:00"></cluster-event-header>`,
      );
      expect(text(q(west, '[part="time"]'))).to.equal('19 май 2027 г.');
      expect(text(q(west, '.times'))).to.equal('22:00 ч. Гринуич-4');
      let utcProblems: DataProblem[] = [];
      const utc = await inLang<ClusterEventHeader>(
        'en',
        (lang) =>
          html`<cluster-event-header
            lang=${lang}
            heading="x"
            start="2027-05-20T07:00:00Z"
            @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => (utcProblems = e.detail.problems)}
          ></cluster-event-header>`,
      );
      expect(text(q(utc, '.times'))).to.equal('7:00 AM UTC');
      expect(utcProblems[0]!.message).to.equal('is missing while the start has a time; times are shown in UTC');
    } finally {
      restore();
    }
  });

  it('marks an English document\'s content lang="en" on a Bulgarian page: name, place, organisations', async () => {
    const doc = {
      lang: 'en',
      organizations: [
        { id: 'a', name: 'Lorem Ports Association (fictional)' },
        { id: 'b', name: { en: 'Demo Cluster', bg: 'Демо клъстер' } },
      ],
      event: {
        id: 'e',
        name: 'Blue Day (fictional)',
        timeZone: 'Europe/Sofia',
        start: '2026-06-16',
        venue: {
          name: { en: 'Sandbar Centre', bg: 'Център „Пясъчна коса“' },
          address: { streetAddress: '1 Example Quay', addressLocality: 'Burgas', addressCountry: 'BG' },
        },
        organizerIds: ['a', 'b'],
      },
    } as unknown as EventDocument;
    const el = await inLang<ClusterEventHeader>('bg', (lang) => html`<cluster-event-header lang=${lang} .data=${doc}></cluster-event-header>`);
    expect(langOf(q(el, '[part="title"] .name'))).to.equal('en');
    // The venue's Bulgarian name is not marked; the address (plain strings of an English document) is; the country is UI text.
    const where = [...root(el).querySelectorAll('.place > span')].map((s) => [text(s), s.getAttribute('lang')]);
    expect(where).to.deep.equal([
      ['Център „Пясъчна коса“', null],
      ['1 Example Quay, Burgas', 'en'],
      ['България', null],
    ]);
    expect(fact(el, 'Къде')).to.equal('Център „Пясъчна коса“, 1 Example Quay, Burgas, България');
    const orgs = [...root(el).querySelectorAll('[aria-labelledby="organizers"] li')].map((li) => [text(li), langOf(li.querySelector('.name'))]);
    expect(orgs).to.deep.equal([
      ['Lorem Ports Association (fictional)', 'en'],
      ['Демо клъстер', null],
    ]);
    for (const ui of root(el).querySelectorAll('dt, button, .label')) expect(langOf(ui), text(ui)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("marks a fallback name with the language picked, and nothing in the document's own language", async () => {
    const el = await inLang<ClusterEventHeader>(
      'bg',
      (lang) =>
        html`<cluster-event-header
          lang=${lang}
          .event=${{ name: { en: 'Only English' }, lang: 'bg', timeZone: 'Europe/Sofia', start: '2026-06-16', venue: { name: 'Зала' } }}
        ></cluster-event-header>`,
    );
    expect(q(el, '[part="title"] .name')!.getAttribute('lang')).to.equal('en');
    expect(text(q(el, '.place'))).to.equal('Зала');
    const plain = await inLang<ClusterEventHeader>('en-GB', (lang) => html`<cluster-event-header lang=${lang} .data=${blueSummit2026}></cluster-event-header>`);
    expect(q(plain, '[lang]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  describe('the calendar menu', () => {
    const params = (a: HTMLElement) => new URL((a as HTMLAnchorElement).href).searchParams;

    it('offers the .ics file, Google Calendar and Outlook.com for the all-day Varna meeting; Tab moves through them, Escape closes and returns focus', async () => {
      const el = await inLang<ClusterEventHeader>('en', (lang) => html`<cluster-event-header lang=${lang} .data=${varna2018}></cluster-event-header>`);
      const button = q(el, 'button[data-calendar]')!;
      expect([button.getAttribute('aria-expanded'), button.getAttribute('aria-controls')]).to.deep.equal(['false', 'calendar-menu']);
      await expect(el).to.be.accessible();
      button.focus();
      await sendKeys({ press: 'Space' });
      const menu = await openedCalendarMenu(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(menu.getAttribute('aria-label')).to.equal('Add to calendar: Innovative Growth through Cluster Cooperation');
      const [file, google, outlook] = calendarMenuItems(menu);
      expect([file, google, outlook].map(text)).to.deep.equal([
        'Calendar file (.ics)',
        'Google Calendar (opens in a new tab)',
        'Outlook.com (opens in a new tab)',
      ]);
      // A calendar day: dates only, the end exclusive, in no zone.
      expect(params(google!).get('dates')).to.equal('20180706/20180707');
      expect(params(google!).get('ctz')).to.equal(null);
      expect(params(google!).get('text')).to.equal('Innovative Growth through Cluster Cooperation');
      expect([params(outlook!).get('startdt'), params(outlook!).get('enddt'), params(outlook!).get('allday')]).to.deep.equal([
        '2018-07-06',
        '2018-07-07',
        'true',
      ]);
      await expect(el).to.be.accessible();
      expect(deepActiveElement()).to.equal(file);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(google);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(outlook);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(calendarMenuOf(el)).to.equal(null);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActiveElement()).to.equal(button);
    });

    it('links a timed event with its exact instants and zone, and names the menu in Bulgarian', async () => {
      const el = await inLang<ClusterEventHeader>(
        'bg',
        (lang) =>
          html`<cluster-event-header
            lang=${lang}
            heading="Демо ден"
            start="2026-10-24T23:30:00+03:00"
            end="2026-10-25T03:30:00+02:00"
            time-zone="Europe/Sofia"
          ></cluster-event-header>`,
      );
      const button = q(el, 'button[data-calendar]')!;
      button.click();
      const menu = await openedCalendarMenu(el);
      expect(menu.getAttribute('aria-label')).to.equal('Добавяне в календара: Демо ден');
      const [, google, outlook] = calendarMenuItems(menu);
      expect(calendarMenuItems(menu).map(text)).to.deep.equal([
        'Файл за календар (.ics)',
        'Google Календар (отваря се в нов раздел)',
        'Outlook.com (отваря се в нов раздел)',
      ]);
      // Across the October clock change: five hours of wall clock, six of time.
      expect(params(google!).get('dates')).to.equal('20261024T203000Z/20261025T013000Z');
      expect(params(google!).get('ctz')).to.equal('Europe/Sofia');
      expect([params(outlook!).get('startdt'), params(outlook!).get('enddt')]).to.deep.equal(['2026-10-24T20:30:00Z', '2026-10-25T01:30:00Z']);
      await expect(el).to.be.accessible();
      // A press elsewhere closes it without moving focus there.
      q(el, '[part="time"]')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(calendarMenuOf(el)).to.equal(null);
    });
  });

  it('names the event in its "Add to calendar" button: "Add to calendar: <name>"', async () => {
    const el = await inLang<ClusterEventHeader>('en-GB', (lang) => html`<cluster-event-header lang=${lang} .data=${varna2018}></cluster-event-header>`);
    const button = q(el, 'button')!;
    expect(text(button.querySelector('[aria-hidden="true"]'))).to.equal('Add to calendar');
    expect(nameFromContent(button)).to.equal('Add to calendar: Innovative Growth through Cluster Cooperation');
    await expect(el).to.be.accessible();
    const bg = await inLang<ClusterEventHeader>(
      'bg',
      (lang) =>
        html`<cluster-event-header
          lang=${lang}
          .event=${{ name: { en: 'Blue Day' }, lang: 'bg', timeZone: 'Europe/Sofia', start: '2026-06-16' }}
        ></cluster-event-header>`,
    );
    const bgButton = q(bg, 'button')!;
    expect(nameFromContent(bgButton)).to.equal('Добавяне в календара: Blue Day');
    expect(bgButton.querySelector('.visually-hidden [lang]')!.getAttribute('lang')).to.equal('en');
    await expect(bg).to.be.accessible();
  });

  it('gives a date range two <time> elements with the dates, not the start instant for both', async () => {
    const en = await inLang<ClusterEventHeader>('en', (lang) => html`<cluster-event-header lang=${lang} .data=${blueSummit2026}></cluster-event-header>`);
    expect(text(q(en, '[part="time"]'))).to.equal('June 17 – 18, 2026');
    expect(times(en)).to.deep.equal([
      ['2026-06-17', '17'],
      ['2026-06-18', '18'],
    ]);
    await expect(en).to.be.accessible();
    const bg = await inLang<ClusterEventHeader>(
      'bg',
      (lang) =>
        html`<cluster-event-header
          lang=${lang}
          heading="Среща"
          start="2026-06-30T09:00:00+03:00"
          end="2026-07-02T17:00:00+03:00"
          time-zone="Europe/Sofia"
        ></cluster-event-header>`,
    );
    expect(text(q(bg, '[part="time"]'))).to.equal('30 юни – 2 юли 2026 г.');
    expect(times(bg).map(([d]) => d)).to.deep.equal(['2026-06-30', '2026-07-02']);
    // One day: one <time> with the date.
    const day = await inLang<ClusterEventHeader>(
      'en-GB',
      (lang) =>
        html`<cluster-event-header
          lang=${lang}
          heading="Day"
          start="2026-06-16T10:00:00+03:00"
          end="2026-06-16T17:00:00+03:00"
          time-zone="Europe/Sofia"
        ></cluster-event-header>`,
    );
    expect(times(day)).to.deep.equal([['2026-06-16', '16 June 2026']]);
  });

  it('reports a document without an event', async () => {
    const { restore } = quiet();
    try {
      let problems: DataProblem[] = [];
      const el = await fixture<ClusterEventHeader>(
        html`<cluster-event-header
          @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => (problems = e.detail.problems)}
          .data=${{ lang: 'en' } as unknown}
        ></cluster-event-header>`,
      );
      expect(text(q(el, '[role="status"]'))).to.contain('could not be shown');
      expect(problems.map((p) => p.path)).to.include('event');
    } finally {
      restore();
    }
  });
});

describe('<cluster-event-header>: registration and map', () => {
  /** The fictional summit's registration: opens 2 March 09:00 EET, closes 12 June 18:00 EEST, 37 of 240 places left, EUR 120. */
  const summit = blueSummit2026;
  const withRegistration = (registration: Record<string, unknown>): EventDocument => ({
    ...summit,
    event: { ...summit.event, registration: { ...summit.event.registration!, ...registration } },
  });
  const register = (el: Element) => q(el, '[part="register"]') as HTMLAnchorElement | null;
  const state = (el: Element) => text(q(el, '.registration'));
  const at = (now: string, data: EventDocument = summit, lang = 'en-GB') =>
    fixture<ClusterEventHeader>(html`<cluster-event-header lang=${lang} now=${now} .data=${data}></cluster-event-header>`);

  it('shows "opens on…" with a secondary Register link before registration opens', async () => {
    const el = await at('2026-03-02T08:59:59+02:00');
    expect(state(el)).to.match(/^Registration opens on 2 March 2026, 09:00 (EET|GMT\+2) · 37 of 240 places left · €120\.00$/);
    const link = register(el)!;
    expect(link.className).to.equal('button');
    expect(link.getAttribute('href')).to.equal('https://example.org/events/blue-summit-2026-demo/register');
    expect(link.getAttribute('rel')).to.equal('noopener');
    expect(nameFromContent(link)).to.equal('Register: Blue Economy Cluster Summit 2026 (fictional demo)');
    // The state is the link's description.
    expect(q(el, `#${link.getAttribute('aria-describedby')}`)).to.equal(q(el, '.registration'));
    await expect(el).to.be.accessible();
  });

  it('is open from the opening instant, with the days left until it closes in the event’s zone', async () => {
    let el = await at('2026-03-02T09:00:00+02:00');
    expect(register(el)!.className).to.equal('button button--primary');
    expect(state(el)).to.match(/^Registration open, closes in 102 days \(12 June 2026, 18:00 (EEST|GMT\+3)\)/);
    el = await at('2026-06-09T10:00:00+03:00');
    expect(state(el)).to.match(/^Registration open, closes in 3 days \(12 June 2026, 18:00 (EEST|GMT\+3)\) · 37 of 240 places left · €120\.00$/);
    el = await at('2026-06-12T17:59:59+03:00');
    expect(state(el)).to.match(/^Registration open, closes today/);
    await expect(el).to.be.accessible();
  });

  it('is closed from the closing instant on: the state in words and no link', async () => {
    const el = await at('2026-06-12T18:00:00+03:00');
    expect(state(el)).to.equal('Registration closed');
    expect(register(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is full when no places remain, and says so in words', async () => {
    const el = await at('2026-05-01T12:00:00+03:00', withRegistration({ remaining: 0 }));
    expect(state(el)).to.equal('Registration full: no places left');
    expect(register(el)!.className).to.equal('button');
    await expect(el).to.be.accessible();
  });

  it('shows a free registration as free, and none for a cancelled event', async () => {
    const free = { ...summit, event: { ...summit.event, registration: { url: '/register', free: true } } } as EventDocument;
    let el = await at('2026-05-01T12:00:00+03:00', free);
    expect(state(el)).to.match(/^Registration open, closes in 48 days .* · Free$/);
    expect(register(el)!.getAttribute('rel')).to.equal(null);
    el = await at('2026-05-01T12:00:00+03:00', { ...summit, event: { ...summit.event, status: 'cancelled' } });
    expect(q(el, '.register')).to.equal(null);
  });

  it('speaks Bulgarian', async () => {
    const el = await at('2026-06-09T10:00:00+03:00', summit, 'bg');
    expect(state(el)).to.match(/^Регистрацията е отворена, приключва след 3 дни \(12 юни 2026 г\., 18:00/);
    expect(state(el)).to.contain('Остават 37 свободни места от 240');
    expect(nameFromContent(register(el)!)).to.equal('Регистрация: Клъстерна среща „Синя икономика“ 2026 (измислен пример)');
    expect(nameFromContent(q(el, '.map-link')!)).to.equal('Карта: Конгресен център „Пясъчна коса“ (измислен) в OpenStreetMap');
    await expect(el).to.be.accessible();
  });

  it('follows the real clock without `now`: renders again when registration opens', async function () {
    this.timeout(30_000);
    const opens = new Date(Date.now() + 4000);
    const data = withRegistration({ opens: opens.toISOString(), closes: new Date(Date.now() + 30 * 86_400_000).toISOString() });
    const el = await fixture<ClusterEventHeader>(html`<cluster-event-header .data=${data}></cluster-event-header>`);
    // (On a machine too busy to render within the 4 s, the opening has passed already.)
    if (Date.now() < opens.getTime()) expect(state(el)).to.match(/^Registration opens on /);
    // No render is asked for: the element's own clock renders it again once registration opens.
    await waitUntil(() => /^Registration open, closes in (29|30) days/.test(state(el)), 'open after the opening instant', { timeout: 20_000 });
    expect(Date.now()).to.be.at.least(opens.getTime());
  });

  it('reaches the Register link with the keyboard', async () => {
    const el = await at('2026-06-09T10:00:00+03:00');
    const focusable = [...root(el).querySelectorAll<HTMLElement>('a[href], button')];
    const link = register(el)!;
    link.focus();
    expect(root(el).activeElement).to.equal(link);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(focusable[focusable.indexOf(link) + 1] ?? null);
  });

  it('links the venue on OpenStreetMap and as a geo: URI, with no map loaded', async () => {
    const el = await at('2026-06-09T10:00:00+03:00');
    const [osm, app] = [...root(el).querySelectorAll<HTMLAnchorElement>('[part="map-link"]')];
    expect(osm!.getAttribute('href')).to.equal('https://www.openstreetmap.org/?mlat=42.4936&mlon=27.4795#map=16/42.4936/27.4795');
    expect(osm!.getAttribute('rel')).to.equal('noopener');
    expect(nameFromContent(osm!)).to.equal('Map: Sandbar Congress Centre (fictional) on OpenStreetMap');
    expect(app!.getAttribute('href')).to.equal('geo:42.4936,27.4795');
    expect(text(app)).to.equal('Open in a map app');
    expect(q(el, '.map-links')!.closest('dd')).to.equal(q(el, '.place'));
    expect(root(el).querySelector('iframe, img[src*="tile"], script')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows no map links and no Register action for the real Varna meeting, which gives neither', async () => {
    const el = await fixture<ClusterEventHeader>(html`<cluster-event-header .data=${varna2018}></cluster-event-header>`);
    expect(q(el, '.map-links')).to.equal(null);
    expect(q(el, '.register')).to.equal(null);
  });

  it('names the map link after the town when the venue has no name', async () => {
    const event: EventHeaderView = {
      name: 'Fictional meetup',
      timeZone: 'Europe/Sofia',
      start: '2026-06-17',
      venue: { address: { addressLocality: 'Burgas' }, geo: { latitude: 42.5, longitude: 27.47 } },
    };
    const el = await fixture<ClusterEventHeader>(html`<cluster-event-header .event=${event}></cluster-event-header>`);
    expect(nameFromContent(q(el, '.map-link')!)).to.equal('Map: Burgas on OpenStreetMap');
  });

  it('reports bad registration and position data with paths, keeps what is valid, and warns once', async () => {
    const { warnings, restore } = quiet();
    try {
      let problems: DataProblem[] = [];
      const event = {
        name: 'Fictional meetup',
        timeZone: 'Europe/Sofia',
        // Far ahead: with an unreadable `now` the real clock runs.
        start: '2036-06-17T09:00:00+03:00',
        registration: { url: 'https://example.org/r', closes: 'tomorrow', capacity: 10, remaining: 11 },
        venue: { name: 'Hall', geo: { latitude: 95, longitude: 27 } },
      } as unknown as EventHeaderView;
      const el = await fixture<ClusterEventHeader>(
        html`<cluster-event-header
          now="soon"
          @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => (problems = e.detail.problems)}
          .event=${event}
        ></cluster-event-header>`,
      );
      expect(problems).to.deep.include({ path: 'event.registration.closes', message: '"tomorrow" is not an RFC 3339 date-time' });
      expect(problems).to.deep.include({ path: 'event.registration.remaining', message: '11 is more than the capacity (10); it is ignored' });
      expect(problems).to.deep.include({ path: 'event.venue.geo.latitude', message: '95 is more than 90' });
      expect(problems).to.deep.include({ path: 'now', message: '"soon" is not an RFC 3339 date-time with an offset' });
      // The registration is kept without the bad closing (it closes when the event ends); no map without a position.
      expect(register(el)).not.to.equal(null);
      expect(q(el, '.map-links')).to.equal(null);
      expect(warnings.length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('leaves out a registration with an unsafe URL: no link is ever made from it', async () => {
    const { restore } = quiet();
    try {
      const el = await at('2026-05-01T12:00:00+03:00', withRegistration({ url: 'javascript:alert(1)' }));
      expect(q(el, '.register')).to.equal(null);
      expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
    } finally {
      restore();
    }
  });

  it('hands the registration and the position of a hand-written view to the calendar file', () => {
    const event: EventHeaderView = {
      name: 'Fictional meetup',
      timeZone: 'Europe/Sofia',
      start: '2026-06-17T09:00:00+03:00',
      registration: { url: 'https://example.org/r' },
      venue: { name: 'Hall', address: { addressCountry: 'BG' }, geo: { latitude: 42.5, longitude: 27.47 } },
    };
    const { model } = mergeEventHeader(event, null, {}, 'en');
    const ics = icsForEvent(model!.document, { now: new Date('2026-05-01T00:00:00Z') }).replace(/\r\n[ \t]/g, '');
    expect(ics).to.contain('GEO:42.5;27.47');
    expect(ics).to.contain('URL:https://example.org/r');
  });
});
