// UI strings load per language: English is built in, Bulgarian is a module of its own that a page
// fetches only when an element resolves to Bulgarian. This file runs in a page of its own (module
// state is fresh): first English elements only, then one element switches to Bulgarian.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/cluster-funding-call-banner.js';
import '../src/define/cluster-speaker-block.js';
import '../src/define/cluster-project-card.js';
import '../src/define/cluster-event-header.js';
import '../src/define/cluster-objective-list.js';
import type { ClusterFundingCallBanner } from '../src/define/cluster-funding-call-banner.js';
import type { ClusterSpeakerBlock } from '../src/define/cluster-speaker-block.js';

/** The Bulgarian strings module, as the page requested it (any build: src/i18n/locales/bg.ts). */
const bulgarianRequests = () => performance.getEntriesByType('resource').filter((e) => /\/i18n\/locales\/bg\.[jt]s|strings-bg-/.test(e.name));

const text = (el: Element) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');

/** An open call in English, with its clock pinned. */
const englishBanner = () =>
  fixture<ClusterFundingCallBanner>(
    html`<cluster-funding-call-banner
      lang="en"
      heading="Blue Call"
      opens="2027-02-01T09:00:00+02:00"
      deadline="2027-04-30T17:00:00+03:00"
      time-zone="Europe/Sofia"
      href="https://example.org/apply"
      now="2027-03-10T12:00:00+02:00"
    ></cluster-funding-call-banner>`,
  );

describe('UI strings on an English page', () => {
  it('renders every element in English without loading the Bulgarian strings', async () => {
    const banner = await englishBanner();
    const speaker = await fixture<ClusterSpeakerBlock>(
      html`<cluster-speaker-block
        lang="en-GB"
        name="Desi Example"
        job-title="Coordinator"
        organization="Example Cluster"
        organization-url="https://example.org/"
        >Bio.</cluster-speaker-block
      >`,
    );
    const card = await fixture(
      html`<cluster-project-card
        acronym="ATTR"
        heading="A project"
        start="2026-01-01"
        end="2028-06-30"
        emblem="eu-cofunded"
        now="2027-03-10T12:00:00+02:00"
      ></cluster-project-card>`,
    );
    const header = await fixture(
      html`<cluster-event-header
        heading="Fair"
        start="2027-05-12"
        end="2027-05-13"
        time-zone="Europe/Sofia"
        venue="Hall"
        locality="Varna"
        country="BG"
      ></cluster-event-header>`,
    );
    const list = await fixture(
      html`<cluster-objective-list kind="objectives"
        ><ol>
          <li data-status="achieved">One</li>
        </ol></cluster-objective-list
      >`,
    );

    expect(text(banner)).to.contain('Apply');
    expect(text(speaker)).to.contain('Desi Example');
    expect(text(card)).to.contain('Co-funded by the European Union');
    expect(text(header)).to.contain('When');
    expect(text(list)).to.contain('Achieved');
    expect(bulgarianRequests(), 'no request for the Bulgarian strings').to.deep.equal([]);
  });

  it('loads Bulgarian when an element switches to it, and updateComplete waits for the render in Bulgarian', async () => {
    const banner = await englishBanner();
    expect(text(banner)).to.contain('Apply');
    banner.setAttribute('lang', 'bg');
    await banner.updateComplete;
    expect(text(banner)).to.contain('Кандидатстване');
    expect(text(banner)).to.not.contain('Apply');
    expect(bulgarianRequests()).to.have.length(1);
  });
});
