// What Storybook shows comes from these helpers (.storybook/preview.ts, stories/event.stories.ts):
// the docs tables list the public API only, and "Show code" gives snippets that work when pasted.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/cluster-event.js';
import manifest from '../custom-elements.json';
import { publicApi } from '../.storybook/public-api.js';
import { withInlineData, withoutPinnedNow } from '../stories/source.js';
import { varna2018 } from '../stories/data/index.js';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  members?: { name: string; privacy?: string; static?: boolean }[];
  attributes?: { name: string }[];
}

const elementsOf = (m: { modules?: { declarations?: unknown[] }[] }): Declaration[] =>
  (m.modules ?? []).flatMap((module) => (module.declarations ?? []) as Declaration[]).filter((d) => d.customElement);

describe('Storybook docs and snippets', () => {
  it('lists no private, protected, static or deprecated member of any element as a property', () => {
    const before = elementsOf(manifest);
    const after = elementsOf(publicApi(manifest));
    expect(after.map((d) => d.tagName)).to.deep.equal(before.map((d) => d.tagName));
    expect(after.length).to.be.greaterThan(8);
    for (const element of after) {
      expect(element.members ?? [], element.tagName).to.not.be.empty;
      for (const member of element.members ?? []) {
        expect([member.privacy ?? 'public', member.static ?? false], `${element.tagName} ${member.name}`).to.deep.equal(['public', false]);
      }
    }
    const banner = after.find((d) => d.tagName === 'cluster-funding-call-banner')!;
    const names = banner.members!.map((m) => m.name);
    expect(names).to.include.members(['call', 'now', 'deadline', 'showProblems']);
    expect(names).to.not.include.members(['hasSlotted', 'pinned', 'clock', 'language', 'styles']);
    const bannerBefore = before.find((d) => d.tagName === 'cluster-funding-call-banner')!;
    expect(
      bannerBefore.members!.map((m) => m.name),
      'the analyzer lists them: the filter is what hides them',
    ).to.include('pinned');
    // Attributes stay, with the public properties they set.
    expect(banner.attributes!.map((a) => a.name)).to.include.members(['now', 'deadline', 'show-problems']);
  });

  it('leaves the pinned now out of a snippet, keeping every other attribute', () => {
    expect(withoutPinnedNow('<cluster-funding-call-banner heading="Call" now="2026-05-20T10:00:00+03:00" compact>\n</cluster-funding-call-banner>')).to.equal(
      '<cluster-funding-call-banner heading="Call" compact>\n</cluster-funding-call-banner>',
    );
    expect(withoutPinnedNow('<cluster-agenda known="x">')).to.equal('<cluster-agenda known="x">');
  });

  it('gives a <cluster-event> snippet with its document that renders when pasted into a page', async () => {
    const shown = '<cluster-event sections="header agenda" heading-level="2" now="2018-07-06T12:00:00+03:00">\n</cluster-event>';
    const doc = structuredClone(varna2018);
    doc.event.name = { en: 'Varna </script><b>2018</b>' };
    const code = withInlineData(withoutPinnedNow(shown), 'cluster-event', doc);
    expect(code).to.not.contain('now=');
    expect(code).to.match(/^<cluster-event sections="header agenda" heading-level="2">\n {2}<script type="application\/json">\n/);
    expect(code.match(/<\/script>/g), 'the name cannot end the script early').to.have.length(1);
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    // What a CMS editor does with the copied snippet.
    page.innerHTML = code;
    const el = page.querySelector('cluster-event')!;
    const header = (): string => el.shadowRoot?.querySelector('cluster-event-header')?.shadowRoot?.textContent ?? '';
    await waitUntil(() => header().includes('Varna </script><b>2018</b>'), 'the pasted element shows its document', { timeout: 5000 });
    expect(page.querySelector('b'), 'the name stays text').to.equal(null);
    expect(el.shadowRoot!.querySelector('cluster-agenda'), 'the programme part is there').to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('leaves a snippet without data as it is', () => {
    expect(withInlineData('<cluster-event src="/event.json">\n</cluster-event>', 'cluster-event', undefined)).to.equal(
      '<cluster-event src="/event.json">\n</cluster-event>',
    );
  });
});
