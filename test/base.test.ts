import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { customElement, property } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { ClusterElement } from '../src/base/cluster-element.js';
import { sharedStyles } from '../src/styles/tokens.js';
import { commonStrings } from '../src/i18n/common.js';
import { uiLocale, intlLocale } from '../src/i18n/locale.js';
import type { DataProblem } from '../src/data/types.js';

@customElement('test-base-probe')
class TestBaseProbe extends ClusterElement {
  static override styles = sharedStyles;
  @property({ attribute: false }) problems: DataProblem[] = [];
  @property() state: 'loading' | 'empty' | 'error' | '' = '';
  override updated(): void {
    this.reportProblems(this.problems);
  }
  override render() {
    return litHtml`<div part="base">${this.state ? this.renderState(this.state) : commonStrings(this.language).showMore}</div>`;
  }
}

describe('ClusterElement base', () => {
  it('takes its language from the nearest lang attribute and follows changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><test-base-probe></test-base-probe></div>`);
    const el = wrapper.querySelector('test-base-probe') as TestBaseProbe;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Покажи още');
    wrapper.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Show more');
  });

  it('looks through shadow roots to the host language', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="bg"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('test-base-probe') as TestBaseProbe;
    root.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Покажи още');
  });

  it('fires cluster-data-error once per distinct set of problems and warns once per problem', async () => {
    const el = await fixture<TestBaseProbe>(html`<test-base-probe></test-base-probe>`);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      let count = 0;
      el.addEventListener('cluster-data-error', () => count++);
      const problems = [{ path: 'sessions[3].start', message: '"tomorrow" is not an RFC 3339 date-time' }];
      setTimeout(() => (el.problems = problems));
      const event = await oneEvent(el, 'cluster-data-error');
      expect(event.detail.problems).to.deep.equal(problems);
      expect(event.bubbles && event.composed).to.equal(true);
      el.problems = [...problems];
      await el.updateComplete;
      el.state = 'empty';
      await el.updateComplete;
      expect(count).to.equal(1);
      expect(warnings).to.deep.equal(['<test-base-probe> sessions[3].start: "tomorrow" is not an RFC 3339 date-time']);
    } finally {
      console.warn = original;
    }
  });

  for (const state of ['loading', 'empty', 'error'] as const) {
    it(`renders an accessible ${state} state`, async () => {
      const el = await fixture<TestBaseProbe>(html`<test-base-probe state=${state}></test-base-probe>`);
      const status = el.shadowRoot!.querySelector('[role="status"]');
      expect(status).to.exist;
      expect(status!.textContent!.trim()).to.not.equal('');
      await expect(el).to.be.accessible();
    });
  }

  it('maps languages onto UI catalogs and Intl locales', () => {
    expect(uiLocale('bg-BG')).to.equal('bg');
    expect(uiLocale('de')).to.equal('en');
    expect(uiLocale(undefined)).to.equal('en');
    expect(intlLocale('en-gb')).to.equal('en-GB');
    expect(intlLocale('not a tag!')).to.equal('en');
    expect(commonStrings('bg').someSkipped(1)).to.contain('1 елемент');
    expect(commonStrings('bg').someSkipped(3)).to.contain('3 елемента');
  });
});
