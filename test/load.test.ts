import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define/cluster-agenda.js';
import '../src/define/cluster-event.js';
import type { ClusterAgenda } from '../src/components/agenda/agenda.js';
import type { ClusterEvent } from '../src/components/event/event.js';
import { loadEventSource, readEventData, type ReadResult } from '../src/base/load.js';
import type { DataProblem } from '../src/data/types.js';

const FIXTURES = '/test/fixtures';

/** Records every fetch (and lets it through) and every console.error and console.warn while `body` runs. */
async function watching<T>(body: () => Promise<T>): Promise<{ result: T; fetched: string[]; errors: string[]; warnings: string[] }> {
  const fetched: string[] = [];
  const errors: string[] = [];
  const warnings: string[] = [];
  const { fetch: realFetch } = window;
  const { error: realError, warn: realWarn } = console;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    fetched.push(String(input instanceof Request ? input.url : input));
    return realFetch(input, init);
  };
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
      expect(result.problems).to.deep.equal([
        { path: 'src', message: `${JSON.stringify(src)} is not a safe link (only http, https, relative or blob: addresses are loaded)` },
      ]);
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
    const {
      result: el,
      fetched,
      errors,
      warnings,
    } = await watching(async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => problems.push(e.detail.problems)}>
          <cluster-agenda src="javascript:alert(1)"></cluster-agenda>
        </div>`,
      );
      const agenda = wrapper.querySelector<ClusterAgenda>('cluster-agenda')!;
      await waitUntil(() => agenda.shadowRoot!.querySelector('.state--error'), 'the error state is shown');
      await agenda.updateComplete;
      return agenda;
    });
    expect(fetched).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    const state = el.shadowRoot!.querySelector('.state--error');
    expect(state, 'an error state is shown').to.exist;
    expect(el.shadowRoot!.querySelector('.state--loading')).to.equal(null);
    expect(state!.textContent).to.not.contain('network');
    expect(problems).to.deep.equal([
      [{ path: 'src', message: '"javascript:alert(1)" is not a safe link (only http, https, relative or blob: addresses are loaded)' }],
    ]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('src: "javascript:alert(1)" is not a safe link');
    await expect(el).to.be.accessible();
  });

  it('<cluster-event src="data:…"> in Bulgarian: the error state speaks Bulgarian, nothing is fetched', async () => {
    const {
      result: el,
      fetched,
      errors,
    } = await watching(async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="bg"><cluster-event src="data:application/json,{}"></cluster-event></div>`);
      const event = wrapper.querySelector<ClusterEvent>('cluster-event')!;
      await waitUntil(() => event.shadowRoot!.querySelector('.state--error'), 'the error state is shown');
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

describe('loading a JSON file of another kind (neither an event document nor a schedule)', () => {
  /** A JSON Schema: valid JSON, an object, but none of an event document's fields. */
  const SCHEMA = { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Schedule', type: 'object', properties: { conference: { type: 'object' } } };
  const NOT_A_DOCUMENT = 'is neither an event document (it has no "event") nor a frab / pretalx schedule';
  const blobOf = (value: unknown): string => URL.createObjectURL(new Blob([JSON.stringify(value)], { type: 'application/json' }));

  it('readEventData reports one problem for an object with none of the document fields', () => {
    const read = readEventData(SCHEMA) as ReadResult;
    expect(read.document).to.equal(null);
    expect(read.problems).to.deep.equal([{ path: 'document', message: NOT_A_DOCUMENT }]);
    expect((readEventData({}) as ReadResult).problems).to.deep.equal([{ path: 'document', message: NOT_A_DOCUMENT }]);
  });

  it('still validates anything with a field of an event document, field by field', () => {
    const read = readEventData({ lang: 'en', title: 'x' }) as ReadResult;
    expect(read.document).to.equal(null);
    expect(read.problems).to.deep.equal([
      { path: 'event', message: 'is required but missing' },
      { path: 'title', message: 'unknown field; it is ignored' },
    ]);
  });

  it('loadEventSource names the file: one problem on src, and no other', async () => {
    const url = blobOf(SCHEMA);
    try {
      const result = await loadEventSource(url, new AbortController().signal);
      expect(result.ok).to.equal(false);
      expect(result.ok ? null : result.failure).to.equal('not-a-document');
      expect(result.problems).to.deep.equal([{ path: 'src', message: `${JSON.stringify(url.length > 60 ? `${url.slice(0, 60)}…` : url)} ${NOT_A_DOCUMENT}` }]);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('a frab / pretalx schedule is still recognised and converted', async () => {
    const result = await loadEventSource(`${FIXTURES}/agenda-frab.json.txt`, new AbortController().signal);
    expect(result.ok).to.equal(true);
  });

  it('<cluster-agenda src> of such a file shows its error state and reports that one problem, warning once', async () => {
    const url = blobOf(SCHEMA);
    const problems: DataProblem[][] = [];
    try {
      const {
        result: el,
        warnings,
        errors,
      } = await watching(async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => problems.push(e.detail.problems)}>
            <cluster-agenda src=${url}></cluster-agenda>
          </div>`,
        );
        const agenda = wrapper.querySelector<ClusterAgenda>('cluster-agenda')!;
        await waitUntil(() => agenda.shadowRoot!.querySelector('.state--error'), 'the error state is shown');
        await agenda.updateComplete;
        return agenda;
      });
      expect(el.shadowRoot!.querySelector('.state--error'), 'an error state is shown').to.exist;
      expect(problems).to.have.length(1);
      expect(problems[0]!.map((p) => p.path)).to.deep.equal(['src']);
      expect(problems[0]![0]!.message).to.match(/^"blob:.*" is neither an event document \(it has no "event"\) nor a frab \/ pretalx schedule$/);
      expect(warnings).to.have.length(1);
      expect(errors).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});

describe('a src file with a JSON syntax error names line and column', () => {
  const blobOf = (text: string): string => URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  // Line 4 lacks the comma after "en": the error is at the start of line 5, column 3 (its key).
  const BROKEN = '{\n  "lang": "en",\n  "event": {\n    "id": "x", "name": "Broken", "lang": "en"\n  "start": "2026-06-16"\n}\n';

  it('loadEventSource reports the position and what was expected, on src', async () => {
    const url = blobOf(BROKEN);
    try {
      const result = await loadEventSource(url, new AbortController().signal);
      expect(result.ok).to.equal(false);
      expect(result.ok ? null : result.failure).to.equal('json');
      expect(result.problems).to.deep.equal([
        { path: 'src', message: `"${url}" is not valid JSON at line 5, column 3: expected ',' or '}' after a property value, found "\\""` },
      ]);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('a trailing comma, a comment and single quotes are named as such', async () => {
    for (const [text, where] of [
      ['{"lang": "en",\n}', 'line 1, column 14: a comma before "}" with nothing after it (remove the trailing comma)'],
      ['{\n  // the event\n  "lang": "en"}', `line 2, column 3: expected a property name in double quotes, found "/" (JSON allows no comments)`],
      ["{'lang': 'en'}", `line 1, column 2: expected a property name in double quotes, found "'" (JSON needs double quotes)`],
      ['{"lang": "en", "event": {', 'line 1, column 26: expected a property name in double quotes, found the end of the text'],
    ]) {
      const url = blobOf(text!);
      try {
        const result = await loadEventSource(url, new AbortController().signal);
        expect(result.problems[0]!.message, text).to.equal(`"${url}" is not valid JSON at ${where}`);
      } finally {
        URL.revokeObjectURL(url);
      }
    }
  });

  it('<cluster-event src> shows its error state and the position reaches the event, the console and show-problems', async () => {
    const url = blobOf(BROKEN);
    const problems: DataProblem[][] = [];
    try {
      const {
        result: el,
        warnings,
        errors,
      } = await watching(async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div @cluster-data-error=${(e: CustomEvent<{ problems: DataProblem[] }>) => problems.push(e.detail.problems)}>
            <cluster-event src=${url} show-problems></cluster-event>
          </div>`,
        );
        const event = wrapper.querySelector<ClusterEvent>('cluster-event')!;
        await waitUntil(() => event.shadowRoot!.querySelector('[part~="problems"]'), 'the problems are listed');
        await event.updateComplete;
        return event;
      });
      expect(el.shadowRoot!.querySelector('.state--error')!.textContent).to.contain('the file is not valid JSON');
      expect(problems).to.have.length(1);
      expect(problems[0]![0]!.message).to.contain('is not valid JSON at line 5, column 3:');
      expect(warnings).to.deep.equal([`<cluster-event> src: ${problems[0]![0]!.message}`]);
      expect(errors).to.deep.equal([]);
      const listed = el.shadowRoot!.querySelector('[part~="problems"] li')!;
      expect(listed.textContent).to.equal(`src: ${problems[0]![0]!.message}`);
      await expect(el).to.be.accessible();
    } finally {
      URL.revokeObjectURL(url);
    }
  });
});
