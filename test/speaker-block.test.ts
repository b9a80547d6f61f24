import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/cluster-speaker-block.js';
import type { ClusterSpeakerBlock } from '../src/define/cluster-speaker-block.js';
import { speakerViewFromPerson, speakerViewsFromDocument, type SpeakerView } from '../src/data/people-view.js';
import { initials, linkName, sessionWhen } from '../src/components/speaker-block/speaker-block.view.js';
import { blueSummit2026, varna2018 } from '../stories/data/index.js';
import type { DataProblem } from '../src/data/types.js';
import { nameFromContent } from './helpers/names.js';
import { root, text } from './helpers/dom.js';

const LONG_BIO = Array.from(
  { length: 14 },
  (_, i) => `Sentence ${i + 1} of a long fictional biography about cluster work, regional development and the sea.`,
).join(' ');

const FULL: SpeakerView = {
  id: 'maria',
  name: 'Maria Exampleva',
  jobTitle: { en: 'Cluster Manager', bg: 'Клъстерен мениджър' },
  organization: { name: { en: 'Demo Marine Cluster', bg: 'Демо морски клъстер' }, url: 'https://example.org/cluster' },
  url: '/people/maria',
  photo: { url: '/stories/assets/speaker-photo.svg' },
  bio: { en: LONG_BIO, bg: 'Кратка биография.' },
  links: [
    { url: 'https://www.linkedin.example.org/in/maria' },
    { url: 'https://example.org/blog', label: { en: 'Blog', bg: 'Блог' } },
    { url: 'mailto:maria@example.org' },
  ],
  sessions: [
    {
      id: 's1',
      title: { en: 'Blue growth', bg: 'Син растеж' },
      start: '2026-06-16T10:00:00+03:00',
      end: '2026-06-16T10:45:00+03:00',
      timeZone: 'Europe/Sofia',
      url: 'https://example.org/s1',
    },
    { id: 's2', title: 'Panel on funding', role: 'moderator' },
  ],
};

const heading = (el: Element): HTMLElement => root(el).querySelector('[part~="heading"]') as HTMLElement;

const linkNames = (el: Element): string[] => [...root(el).querySelectorAll('[part="links"] a')].map(nameFromContent);

// Fixtures put `lang` on the element itself rather than on a wrapper: open-wc waits for a frame
// after rendering a plain wrapper, and pages that run in the background get no frames.
const settle = async (el: ClusterSpeakerBlock): Promise<void> => {
  await el.updateComplete;
};

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (msg: string) => warnings.push(String(msg));
  return { warnings, restore: () => (console.warn = original) };
}

describe('<cluster-speaker-block>', () => {
  it('renders a Varna representative known only by role and organisation', async () => {
    const person = varna2018.people!.find((p) => p.id === 'rep-bulgarian-furniture-cluster')!;
    const speaker = speakerViewFromPerson(person, varna2018);
    const el = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block .speaker=${speaker}></cluster-speaker-block>`);
    const h = heading(el);
    expect(h.getAttribute('role')).to.equal('heading');
    expect(h.getAttribute('aria-level')).to.equal('3');
    expect(text(h)).to.equal('Representative, Bulgarian Furniture Cluster');
    // No broken photo: the initials placeholder, hidden from assistive technology.
    expect(root(el).querySelector('img')).to.equal(null);
    const placeholder = root(el).querySelector('.initials')!;
    expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
    expect(text(placeholder)).to.equal('BC');
    // The session the representative speaks in, untimed as in the release.
    expect(text(root(el).querySelector('[part="sessions"]'))).to.contain('FORESDA: transforming traditional forest-based industries');
    expect(root(el).querySelector('time')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('renders the Varna representatives in Bulgarian', async () => {
    const [first] = speakerViewsFromDocument(varna2018);
    const el = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block lang="bg" .speaker=${first}></cluster-speaker-block>`);
    expect(text(heading(el))).to.equal('Представител, Български мебелен клъстер');
    expect(text(root(el).querySelector('.sessions .label'))).to.equal('Сесии');
    await expect(el).to.be.accessible();
  });

  it('renders every field of a full speaker', async () => {
    const el = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block .speaker=${FULL}></cluster-speaker-block>`);
    await settle(el);
    const link = heading(el).querySelector('a')!;
    expect(text(link)).to.equal('Maria Exampleva');
    expect(link.getAttribute('href')).to.equal('/people/maria');
    expect(link.hasAttribute('rel')).to.equal(false);
    expect(text(root(el).querySelector('.job-title'))).to.equal('Cluster Manager');
    const org = root(el).querySelector<HTMLAnchorElement>('.organization a')!;
    expect(text(org)).to.equal('Demo Marine Cluster');
    expect(org.getAttribute('rel')).to.equal('noopener');
    const img = root(el).querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('alt')).to.equal('');
    const links = [...root(el).querySelectorAll('[part="links"] a')];
    expect(links.map((a) => text(a.querySelector('[aria-hidden="true"]')))).to.deep.equal(['LinkedIn', 'Blog', 'maria@example.org']);
    expect(linkNames(el)).to.deep.equal(['LinkedIn: Maria Exampleva', 'Blog: Maria Exampleva', 'maria@example.org: Maria Exampleva']);
    expect(root(el).querySelector('[part="links"]')!.getAttribute('aria-label')).to.equal('Profiles');
    const items = [...root(el).querySelectorAll('[part="sessions"] li')];
    expect(text(items[0])).to.contain('Blue growth');
    const time = items[0]!.querySelector('time')!;
    expect(time.getAttribute('datetime')).to.equal('2026-06-16T10:00:00+03:00');
    expect(text(time)).to.match(/^June 16, 2026, 10:00\s*–\s*10:45\s*AM GMT\+3$/);
    expect(text(items[1])).to.contain('Panel on funding');
    expect(text(items[1])).to.contain('(Moderator)');
    await expect(el).to.be.accessible();
  });

  it('takes its data from attributes, with the bio as slotted content', async () => {
    const el = await fixture<ClusterSpeakerBlock>(html`
      <cluster-speaker-block
        name="Ivan Primerov"
        job-title="Director"
        organization="Demo Bay Agency"
        organization-url="https://example.org/agency"
        href="https://example.org/ivan"
        heading-level="2"
      >
        <p>Builds imaginary harbours.</p>
      </cluster-speaker-block>
    `);
    await settle(el);
    expect(el.name).to.equal('Ivan Primerov');
    expect(el.jobTitle).to.equal('Director');
    expect(el.headingLevel).to.equal(2);
    expect(heading(el).getAttribute('aria-level')).to.equal('2');
    expect(text(heading(el))).to.equal('Ivan Primerov');
    expect(heading(el).querySelector('a')!.getAttribute('rel')).to.equal('noopener');
    expect(text(root(el).querySelector('.job-title'))).to.equal('Director');
    expect(root(el).querySelector('.organization a')!.getAttribute('href')).to.equal('https://example.org/agency');
    const slot = root(el).querySelector('slot')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Builds imaginary harbours.');
    expect(slot.closest('.bio-area')!.hasAttribute('hidden')).to.equal(false);
    expect(text(el.querySelector('p'))).to.equal('Builds imaginary harbours.');
    await expect(el).to.be.accessible();
  });

  it('lets the property win over the attributes field by field', async () => {
    const el = await fixture<ClusterSpeakerBlock>(html`
      <cluster-speaker-block
        name="Attribute Name"
        job-title="Attribute Title"
        organization="Attribute Org"
        organization-url="https://example.org/attr"
        photo-alt="Attribute alt"
      ></cluster-speaker-block>
    `);
    el.speaker = { name: 'Property Name', organization: 'Property Org', photo: { url: '/stories/assets/speaker-photo.svg' } };
    await el.updateComplete;
    expect(text(heading(el))).to.equal('Property Name');
    expect(text(root(el).querySelector('.job-title'))).to.equal('Attribute Title');
    const org = root(el).querySelector('.organization a')!;
    expect(text(org)).to.equal('Property Org');
    expect(org.getAttribute('href')).to.equal('https://example.org/attr');
    expect(root(el).querySelector('img')!.getAttribute('alt')).to.equal('Attribute alt');
    // Reflecting back: attributes keep their values, and changing one re-renders.
    el.setAttribute('job-title', 'New Title');
    await el.updateComplete;
    expect(el.jobTitle).to.equal('New Title');
    expect(text(root(el).querySelector('.job-title'))).to.equal('New Title');
  });

  it('shows the initials when the photo fails to load, without a layout shift', async () => {
    const el = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block name="Мария Иванова" photo="/missing-photo-404.jpg"></cluster-speaker-block>`);
    const box = root(el).querySelector<HTMLElement>('[part="photo"]')!;
    const before = box.getBoundingClientRect();
    expect(before.width).to.be.greaterThan(0);
    expect(Math.round(before.height)).to.equal(Math.round(before.width));
    // The URL answers 404; lazy images only load in a page that renders frames, which a test
    // page in the background does not, so the load error is delivered here.
    root(el).querySelector('img')!.dispatchEvent(new Event('error'));
    await el.updateComplete;
    expect(root(el).querySelector('img')).to.equal(null);
    expect(text(root(el).querySelector('.initials'))).to.equal('МИ');
    const after = root(el).querySelector<HTMLElement>('[part="photo"]')!.getBoundingClientRect();
    expect(after.width).to.equal(before.width);
    expect(after.height).to.equal(before.height);
    await expect(el).to.be.accessible();
    // A new photo URL gets a fresh chance.
    el.photo = '/stories/assets/speaker-photo.svg';
    await el.updateComplete;
    expect(root(el).querySelector('img')).to.not.equal(null);
  });

  it('collapses a long bio behind a keyboard-operable "Show more" control', async () => {
    const el = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block .speaker=${FULL}></cluster-speaker-block>`);
    await settle(el);
    const button = root(el).querySelector<HTMLButtonElement>('button[part="button"]')!;
    const bio = root(el).querySelector<HTMLElement>('#bio')!;
    expect(button.hidden).to.equal(false);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('bio');
    expect(text(button)).to.equal('Show more about Maria Exampleva');
    const collapsedHeight = bio.getBoundingClientRect().height;
    expect(bio.scrollHeight).to.be.greaterThan(bio.clientHeight);
    await expect(el).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(text(button)).to.equal('Show less about Maria Exampleva');
    expect(bio.getBoundingClientRect().height).to.be.greaterThan(collapsedHeight);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('reaches the links and the bio control with Tab', async () => {
    const el = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block .speaker=${FULL}></cluster-speaker-block>`);
    await settle(el);
    const focused: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      focused.push(nameFromContent(root(el).activeElement!));
    }
    expect(focused).to.deep.equal(['Maria Exampleva', 'Demo Marine Cluster', 'Show more about Maria Exampleva', 'LinkedIn: Maria Exampleva']);
  });

  it('does not offer "Show more" for a short bio', async () => {
    const el = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block .speaker=${{ name: 'Ana', bio: 'Short.' }}></cluster-speaker-block>`);
    await settle(el);
    expect(text(root(el).querySelector('.bio-text'))).to.equal('Short.');
    expect(root(el).querySelector<HTMLButtonElement>('button')!.hidden).to.equal(true);
  });

  it('renders the compact variant on one line without a heading', async () => {
    const el = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block compact .speaker=${FULL}></cluster-speaker-block>`);
    await settle(el);
    expect(el.compact).to.equal(true);
    expect(root(el).querySelector('[role="heading"]')).to.equal(null);
    expect(text(heading(el))).to.equal('Maria Exampleva');
    expect(text(root(el).querySelector('.organization'))).to.equal('Demo Marine Cluster');
    expect(root(el).querySelector('.job-title')).to.equal(null);
    expect(root(el).querySelector('[part="links"]')).to.equal(null);
    expect(root(el).querySelector('[part="sessions"]')).to.equal(null);
    expect(root(el).querySelector<HTMLElement>('.bio-area')!.hidden).to.equal(true);
    const photo = root(el).querySelector('[part="photo"]')!.getBoundingClientRect();
    const base = root(el).querySelector('[part~="base"]')!.getBoundingClientRect();
    expect(base.height).to.be.lessThan(photo.height + 8);
    await expect(el).to.be.accessible();
  });

  it('drops unsafe links, reports them once and keeps the rest', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      let events = 0;
      let problems: DataProblem[] = [];
      const el = await fixture<ClusterSpeakerBlock>(
        html`<cluster-speaker-block
          href="javascript:alert(1)"
          @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => {
            events++;
            problems = e.detail.problems;
          }}
          .speaker=${{
            name: 'Safe Person',
            organization: { name: 'Org', url: 'javascript:alert(2)' },
            links: [{ url: 'data:text/html,<script>alert(3)</script>' }, { url: 'https://example.org/ok', label: 'OK' }],
          }}
        ></cluster-speaker-block>`,
      );
      await el.updateComplete;
      const hrefs = [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal(['https://example.org/ok']);
      expect(text(root(el).querySelector('.organization'))).to.equal('Org');
      // The link without a safe url is left out, and says so, as in a document.
      expect(problems.map((p) => p.path)).to.have.members(['speaker.organization.url', 'speaker.links[0].url', 'speaker.links[0]', 'href']);
      el.requestUpdate();
      await el.updateComplete;
      expect(events).to.equal(1);
      expect(warnings.filter((w) => w.includes('speaker.links[0].url'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('renders bad data without throwing: an error state, one event, warnings', async () => {
    const { warnings, restore } = captureWarnings();
    try {
      let events = 0;
      const el = await fixture<ClusterSpeakerBlock>(
        html`<cluster-speaker-block
          @cluster-data-error=${() => events++}
          .speaker=${{ name: 42, jobTitle: ['x'], sessions: 'soon' } as unknown}
        ></cluster-speaker-block>`,
      );
      await el.updateComplete;
      const status = root(el).querySelector('[role="status"]')!;
      expect(text(status)).to.contain('could not be shown');
      expect(events).to.equal(1);
      expect(warnings.some((w) => w.includes('speaker.name'))).to.equal(true);
      expect(warnings.some((w) => w.includes('speaker.sessions'))).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('keeps a bad session time out of the display and says why', async () => {
    const { restore } = captureWarnings();
    try {
      let problems: DataProblem[] = [];
      const el = await fixture<ClusterSpeakerBlock>(
        html`<cluster-speaker-block
          @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => (problems = e.detail.problems)}
          .speaker=${{ name: 'Ana', sessions: [{ title: 'Talk', start: '2026-06-16T10:00:00', end: '2026-06-16T11:00:00+03:00' }] }}
        ></cluster-speaker-block>`,
      );
      await el.updateComplete;
      expect(text(root(el).querySelector('[part="sessions"]'))).to.equal('Talk');
      expect(root(el).querySelector('time')).to.equal(null);
      expect(problems[0]!.path).to.equal('speaker.sessions[0].start');
      expect(problems[0]!.message).to.contain('no UTC offset');
    } finally {
      restore();
    }
  });

  it('shows the empty state when nothing identifies a person, and fires no event', async () => {
    let events = 0;
    const el = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block @cluster-data-error=${() => events++}></cluster-speaker-block>`);
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Nothing to show yet.');
    expect(events).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('fires no event when data is set programmatically and valid', async () => {
    let events = 0;
    const el = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block @cluster-data-error=${() => events++}></cluster-speaker-block>`);
    el.speaker = FULL;
    await settle(el);
    el.compact = true;
    await el.updateComplete;
    expect(events).to.equal(0);
  });

  it('speaks Bulgarian inside lang="bg"', async () => {
    const el = await fixture<ClusterSpeakerBlock>(
      html`<cluster-speaker-block lang="bg" .speaker=${{ ...FULL, bio: { en: LONG_BIO, bg: LONG_BIO } }}></cluster-speaker-block>`,
    );
    expect(text(root(el).querySelector('.job-title'))).to.equal('Клъстерен мениджър');
    expect(text(root(el).querySelector('.organization'))).to.equal('Демо морски клъстер');
    expect(text(root(el).querySelector('button'))).to.equal('Още за Maria Exampleva');
    expect(linkNames(el)[1]).to.equal('Блог: Maria Exampleva');
    expect(root(el).querySelector('[part="links"]')!.getAttribute('aria-label')).to.equal('Профили');
    const items = [...root(el).querySelectorAll('[part="sessions"] li')];
    expect(text(items[0])).to.contain('Син растеж');
    expect(text(items[0]!.querySelector('time'))).to.match(/^16 юни 2026 г\., 10:00 ч\.\s*–\s*10:45 ч\. Гринуич\+3$/);
    expect(text(items[1])).to.contain('(Модератор)');
    await expect(el).to.be.accessible();
  });
});

const person = (id: string): SpeakerView =>
  speakerViewFromPerson(
    blueSummit2026.people!.find((p) => p.id === id)!,
    blueSummit2026,
  );

describe('<cluster-speaker-block> language of parts', () => {
  it('marks content of an English document lang="en" on a Bulgarian page, and only that', async () => {
    const el = await fixture<ClusterSpeakerBlock>(
      html`<cluster-speaker-block
        lang="bg"
        .speaker=${{ ...person('sofie-sample'), bio: 'Plain English bio in an English document.', links: [{ url: 'https://example.org/p', label: 'Profile' }] }}
      ></cluster-speaker-block>`,
    );
    // A plain string is in the document's language (en): bio, organisation, link label.
    expect(root(el).querySelector('.bio-text')!.getAttribute('lang')).to.equal('en');
    expect(root(el).querySelector('.organization [lang]')!.getAttribute('lang')).to.equal('en');
    expect(text(root(el).querySelector('.organization'))).to.equal('Sample Consulting Ltd (fictional)');
    const label = root(el).querySelector('[part="links"] a [lang]')!;
    expect(label.getAttribute('lang')).to.equal('en');
    // The job title has a Bulgarian entry: it inherits the page's language.
    const job = root(el).querySelector('.job-title')!;
    expect(text(job)).to.equal('Консултант по финансиране');
    expect(job.closest('[lang]')).to.equal(null);
    // The UI strings around them are not marked.
    expect(root(el).querySelector('[part="links"]')!.closest('[lang]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('marks a fallback entry with the language picked, and a localized entry not at all', async () => {
    const el = await fixture<ClusterSpeakerBlock>(
      html`<cluster-speaker-block
        lang="bg"
        .speaker=${{
          name: 'Ana',
          lang: 'bg',
          jobTitle: { en: 'Head of Innovation' },
          bio: { en: 'Only an English bio.' },
          links: [
            { url: 'https://example.org/a', label: { en: 'Profile' } },
            { url: 'https://example.org/b', label: { en: 'Blog', bg: 'Блог' } },
          ],
          sessions: [{ title: { en: 'Blue growth' } }],
        }}
      ></cluster-speaker-block>`,
    );
    expect(root(el).querySelector('.job-title')!.getAttribute('lang')).to.equal('en');
    expect(root(el).querySelector('.bio-text')!.getAttribute('lang')).to.equal('en');
    const [first, second] = [...root(el).querySelectorAll('[part="links"] a')];
    expect(first!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(second!.querySelector('[lang]')).to.equal(null);
    expect(root(el).querySelector('.session-title')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it("marks nothing when the content is in the page's language", async () => {
    const el = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block lang="en-GB" .speaker=${person('jan-example')}></cluster-speaker-block>`);
    expect(text(root(el).querySelector('.bio-text'))).to.contain('Builds underwater robots');
    expect(root(el).querySelector('[lang]')).to.equal(null);
  });
});

describe('<cluster-speaker-block> link names', () => {
  it('names each profile link with the person: "Profile: Ana Fiktivna", no space before the colon', async () => {
    const el = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block .speaker=${person('ana-fiktivna')}></cluster-speaker-block>`);
    const link = root(el).querySelector('[part="links"] a')!;
    // What is seen is the label alone.
    expect(text(link.querySelector('[aria-hidden="true"]'))).to.equal('Profile');
    expect(linkNames(el)).to.deep.equal(['Profile: Ana Fiktivna']);
    await expect(el).to.be.accessible();
  });

  it('names links in Bulgarian and for a person known only by role', async () => {
    const marina = await fixture<ClusterSpeakerBlock>(html`<cluster-speaker-block lang="bg" .speaker=${person('marina-primerova')}></cluster-speaker-block>`);
    expect(linkNames(marina)).to.deep.equal(['Профил: Marina Primerova']);
    await expect(marina).to.be.accessible();
    const rep = await fixture<ClusterSpeakerBlock>(
      html`<cluster-speaker-block
        .speaker=${{ jobTitle: 'Representative', organization: 'Demo Cluster', links: ['https://example.org/rep'] }}
      ></cluster-speaker-block>`,
    );
    expect(linkNames(rep)).to.deep.equal(['example.org: Representative, Demo Cluster']);
    await expect(rep).to.be.accessible();
  });
});

describe('speaker helpers', () => {
  it('makes initials from Latin and Cyrillic names', () => {
    expect(initials('Maria Exampleva', 'en')).to.equal('ME');
    expect(initials('Мария Петрова-Иванова', 'bg')).to.equal('МИ');
    expect(initials('ivan', 'en')).to.equal('I');
    expect(initials('  (dr.) Ana de la Cruz ', 'en')).to.equal('DC');
    expect(initials('', 'en')).to.equal('');
  });

  it('names links by site, host, address or number', () => {
    expect(linkName('https://www.linkedin.example.org/in/x')).to.equal('LinkedIn');
    expect(linkName('https://www.example.org/x')).to.equal('example.org');
    expect(linkName('//example.com/p')).to.equal('example.com');
    expect(linkName('mailto:ana%40example.org?subject=Hi')).to.equal('ana@example.org');
    expect(linkName('tel:+359 52 000 000')).to.equal('+359 52 000 000');
    expect(linkName('/people/ana')).to.equal('');
  });

  it('says when a session is: its range, its start alone, or nothing when untimed', () => {
    const zone = 'Europe/Sofia';
    expect(sessionWhen({ title: 'A', start: '2018-07-06T10:00:00+03:00', end: '2018-07-06T10:45:00+03:00', timeZone: zone }, 'en-GB')).to.match(
      /^6 July 2018, 10:00\s?–\s?10:45 (EEST|GMT\+3)$/,
    );
    expect(sessionWhen({ title: 'A', start: '2018-07-06T10:00:00+03:00', timeZone: zone }, 'en-GB')).to.match(/^6 July 2018, 10:00 (EEST|GMT\+3)$/);
    expect(sessionWhen({ title: 'A' }, 'en-GB')).to.equal('');
  });
});
