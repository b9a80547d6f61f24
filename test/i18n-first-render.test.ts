// An element that resolves to Bulgarian renders Bulgarian from its very first render: its update
// waits for the Bulgarian strings module (fresh in this page), so no English shows, not even
// briefly; its updateComplete resolves after that render.
import { expect } from '@open-wc/testing';
import '../src/define/cluster-funding-call-banner.js';
import '../src/define/cluster-speaker-block.js';
import { agendaStrings } from '../src/i18n/agenda.js';
import { agendaFilterStrings } from '../src/i18n/agenda-filters.js';
import { commonStrings } from '../src/i18n/common.js';
import { eventStrings } from '../src/i18n/event.js';
import { eventPageStrings } from '../src/i18n/event-page.js';
import { fundingStrings } from '../src/i18n/funding.js';
import { peopleStrings } from '../src/i18n/people.js';
import { objectiveListStrings, projectCardStrings } from '../src/i18n/projects.js';
import { preloadStrings } from '../src/i18n/strings.js';

const bulgarianRequests = () => performance.getEntriesByType('resource').filter((e) => /\/i18n\/locales\/bg\.[jt]s|strings-bg-/.test(e.name));

/** Appends `el` inside a `lang="bg"` wrapper and records the shadow root's text after every change. */
async function renderRecorded(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<string[]> {
  const wrapper = document.createElement('div');
  wrapper.lang = 'bg';
  document.body.append(wrapper);
  wrapper.append(el); // connects: the shadow root exists, still empty
  const seen: string[] = [];
  const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent.replace(/\s+/g, ' ')));
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  await el.updateComplete;
  observer.disconnect();
  seen.push(el.shadowRoot!.textContent.replace(/\s+/g, ' '));
  return seen;
}

describe('UI strings on a Bulgarian page', () => {
  it('shows no English before the Bulgarian strings arrive, and updateComplete waits for them', async () => {
    expect(commonStrings('bg').loading, 'not loaded yet: the sync catalog is English').to.equal('Loading…');
    const banner = document.createElement('cluster-funding-call-banner');
    banner.setAttribute('heading', 'Синя покана');
    banner.setAttribute('opens', '2027-02-01T09:00:00+02:00');
    banner.setAttribute('deadline', '2027-04-30T17:00:00+03:00');
    banner.setAttribute('time-zone', 'Europe/Sofia');
    banner.setAttribute('href', 'https://example.org/apply');
    banner.setAttribute('now', '2027-03-10T12:00:00+02:00');
    const seen = await renderRecorded(banner);
    expect(bulgarianRequests(), 'the Bulgarian strings were requested once').to.have.length(1);
    expect(seen.at(-1)).to.contain('Кандидатстване');
    expect(seen.at(-1)).to.contain('Краен срок');
    for (const snapshot of seen.filter((s) => s.trim())) {
      expect(snapshot).to.not.match(/\b(Apply|Deadline|Open|Opened|Budget)\b/, 'no English at any moment');
    }
  });

  it('renders a second element in Bulgarian at once, from the same module', async () => {
    const speaker = document.createElement('cluster-speaker-block');
    speaker.setAttribute('name', 'Деси Пример');
    speaker.setAttribute('url', 'https://example.org/desi');
    const seen = await renderRecorded(speaker);
    expect(seen.at(-1)).to.contain('Деси Пример');
    expect(bulgarianRequests()).to.have.length(1);
  });

  it('gives every area its Bulgarian strings once loaded, with the English keys', async () => {
    await preloadStrings('bg-BG');
    const areas = {
      agendaStrings,
      agendaFilterStrings,
      commonStrings,
      eventStrings,
      eventPageStrings,
      fundingStrings,
      peopleStrings,
      projectCardStrings,
      objectiveListStrings,
    };
    for (const [name, strings] of Object.entries(areas)) {
      expect(strings('bg'), name).to.not.equal(strings('en'));
      expect(Object.keys(strings('bg')).sort(), name).to.deep.equal(Object.keys(strings('en')).sort());
    }
    expect(fundingStrings('bg-BG').apply).to.equal('Кандидатстване');
    expect(fundingStrings('de').apply, 'a language without strings shows English').to.equal('Apply');
  });
});
