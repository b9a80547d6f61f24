import { expect, fixture, html } from '@open-wc/testing';
import '../src/define/cluster-agenda.js';
import '../src/define/cluster-event.js';
import type { ClusterAgenda } from '../src/components/agenda/agenda.js';
import type { ClusterEvent } from '../src/components/event/event.js';
import { loadEventSource } from '../src/base/load.js';
import type { DataProblem } from '../src/data/types.js';

const FIXTURES = '/test/fixtures';

/** Records every fetch (and lets it through) and every console.error and console.warn while `body` runs. */
async function watching<T>(body: () => Promise<T>): Promise<{ result: T; fetched: string[]; errors: string[]; warnings: string[] }> {
  const fetched: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const { fetch: realFetch } = window;
  const { error: realError, warn: realWarn } = console;
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    fetched.push(String(input instanceof Request ? input.url : input));
    return realFetch(input, init);
  }) as typeof window.fetch;
  console.error = (...args: unknown[]) => void errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    const result = await body();
    return { result, fetched, errors, warnings };
  } finally {
    window.fetch = realFetch;
    console.error = realError;
    console.warn = realWarn;
  }
}

const UNSAFE = [
  'javascript:alert(1)',
  ' JavaScript:alert(1)',
  'java\tscript:alert(1)',
  'data:application/json,{"lang":"en"}',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'mailto:events@example.org',
  'tel:+359000000',
];

describe('loading src: only http(s) and relative URLs are fetched', () => {
  for (const src of UNSAFE) {
    it(`refuses ${JSON.stringify(src)} without fetching it`, async () => {
      const { result, fetched, errors } = await watching(() => loadEventSource(src, new AbortController().signal));
      expect(fetched).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      expect(result.ok).to.equal(false);
      expect(result.ok ? null : result.failure).to.equal('unsafe');
      expect(result.problems).to.deep.equal([{ path: 'src', message: `${JSON.stringify(src)} is not a safe link (only http, https or relative)` }]);
    });
  }

  it('still fetches a relative URL, an absolute http(s) one and a blob: URL the page made', async () => {
    const { result, fetched } = await watching(() => loadEventSource(` ${FIXTURES}/agenda-event.json.txt `, new AbortController().signal));
    expect(fetched).to.deep.equal([`${FIXTURES}/agenda-event.json.txt`]);
    expect(result.ok).to.equal(true);
    const absolute = `${location.origin}${FIXTURES}/agenda-event.json.txt`;
    const second = await watching(() => loadEventSource(absolute, new AbortController().signal));
    expect(second.fetched).to.deep.equal([absolute]);
    expect(second.result.ok).to.equal(true);
    const blob = URL.createObjectURL(new Blob([await (await fetch(absolute)).text()], { type: 'application/json' }));
    try {
      const third = await watching(() => loadEventSource(blob, new AbortController().signal));
      expect(third.fetched).to.deep.equal([blob]);
      expect(third.result.ok).to.equal(true);
    } finally {
      URL.revokeObjectURL(blob);
    }
  });

  it('<cluster-agenda src="javascript:…"> shows an error state, reports the problem once, fetches nothing and logs no error', async () => {
    const problems: DataProblem[][] = [];
    const { result: el, fetched, errors, warnings } = await watching(async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => problems.push(e.detail.problems)}>
          <cluster-agenda src="javascript:alert(1)"></cluster-agenda>
        </div>`,
      );
      const agenda = wrapper.querySelector<ClusterAgenda>('cluster-agenda')!;
      await agenda.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await agenda.updateComplete;
      return agenda;
    });
    expect(fetched).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    const state = el.shadowRoot!.querySelector('.state--error');
    expect(state, 'an error state is shown').to.exist;
    expect(el.shadowRoot!.querySelector('.state--loading')).to.equal(null);
    expect(state!.textContent).to.not.contain('network');
    expect(problems).to.deep.equal([[{ path: 'src', message: '"javascript:alert(1)" is not a safe link (only http, https or relative)' }]]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('src: "javascript:alert(1)" is not a safe link');
    await expect(el).to.be.accessible();
  });

  it('<cluster-event src="data:…"> in Bulgarian: the error state speaks Bulgarian, nothing is fetched', async () => {
    const { result: el, fetched, errors } = await watching(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-event src="data:application/json,{}"></cluster-event></div>`);
      const event = wrapper.querySelector<ClusterEvent>('cluster-event')!;
      await event.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await event.updateComplete;
      return event;
    });
    expect(fetched).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    const state = el.shadowRoot!.querySelector('.state--error');
    expect(state, 'an error state is shown').to.exist;
    expect(state!.textContent).to.match(/[а-я]/);
    expect(state!.textContent).to.not.match(/[a-z]{3}/);
    await expect(el).to.be.accessible();
  });
});
