import { expect } from '@open-wc/testing';
import {
  checkArray,
  checkDate,
  checkEnum,
  checkId,
  checkInstant,
  checkMoney,
  checkNumber,
  checkString,
  checkText,
  checkTimeZone,
  checkUrl,
  describeValue,
  isRecord,
  quote,
  readField,
  type Problems,
} from '../src/data/validate.js';
import { checkColor, checkStringList } from '../src/data/entities-programme.js';

/** Runs a checker on a fresh problem list; returns the value and the messages. */
function run<T>(fn: (problems: Problems) => T): { value: T; messages: string[]; paths: string[] } {
  const problems: Problems = [];
  const value = fn(problems);
  return { value, messages: problems.map((p) => p.message), paths: problems.map((p) => p.path) };
}

describe('validate: basics', () => {
  it('tells records apart from arrays, null and primitives', () => {
    expect(isRecord({})).to.equal(true);
    expect(isRecord(Object.create(null))).to.equal(true);
    expect(isRecord([])).to.equal(false);
    expect(isRecord(null)).to.equal(false);
    expect(isRecord('x')).to.equal(false);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(isRecord(proxy)).to.equal(false);
  });

  it('reads fields whose getter throws as absent, with a problem', () => {
    const evil = Object.defineProperty({}, 'name', {
      get() {
        throw new Error('boom');
      },
    });
    const r = run((p) => readField(evil, 'name', 'event.name', p));
    expect(r.value).to.equal(undefined);
    expect(r.paths).to.deep.equal(['event.name']);
    expect(r.messages[0]).to.equal('could not be read (boom)');
    expect(readField(evil, 'name')).to.equal(undefined);
  });

  it('quotes long values cut to 60 characters and describes kinds of values', () => {
    expect(quote('tomorrow')).to.equal('"tomorrow"');
    expect(quote('x'.repeat(100))).to.equal(`"${'x'.repeat(60)}…"`);
    expect(quote('a\nb')).to.equal('"a\\nb"');
    expect(describeValue(42)).to.equal('the number 42');
    expect(describeValue(Infinity)).to.equal('a non-finite number');
    expect(describeValue([])).to.equal('a list');
    expect(describeValue({})).to.equal('an object');
    expect(describeValue(null)).to.equal('null');
    expect(describeValue(true)).to.equal('true');
    expect(describeValue(Symbol('s'))).to.equal('a symbol');
    expect(describeValue(() => 1)).to.equal('a function');
  });
});

describe('validate: strings and text', () => {
  it('checks strings: trimmed, non-empty, required', () => {
    expect(run((p) => checkString('  Varna ', 'x', p)).value).to.equal('Varna');
    expect(run((p) => checkString(undefined, 'x', p)).messages).to.deep.equal([]);
    expect(run((p) => checkString(null, 'x', p, { required: true })).messages).to.deep.equal(['is required but missing']);
    expect(run((p) => checkString('  ', 'x', p)).messages).to.deep.equal(['is empty']);
    expect(run((p) => checkString(42, 'x', p)).messages).to.deep.equal(['expected text, got the number 42']);
    expect(run((p) => checkString('abcd', 'x', p, { maxLength: 3 })).messages).to.deep.equal(['is longer than 3 characters']);
    expect(run((p) => checkId('a'.repeat(201), 'x', p)).value).to.equal(undefined);
    // Ids become URL fragments and UIDs: lone surrogates cannot be encoded there.
    const lone = run((p) => checkId('s\uD800x', 'x', p));
    expect(lone.value).to.equal(undefined);
    expect(lone.messages[0]).to.contain('lone surrogate');
    expect(run((p) => checkId('reef-\uD83D\uDC1F', 'x', p)).value).to.equal('reef-\uD83D\uDC1F');
    expect(run((p) => checkString('eur', 'x', p, { pattern: /^[A-Z]+$/ })).messages).to.deep.equal(['"eur" is not in the expected form']);
  });

  it('checks localized text, dropping bad entries inside objects', () => {
    expect(run((p) => checkText('Meeting', 'n', p)).value).to.equal('Meeting');
    const r = run((p) => checkText({ en: 'Meeting', bg: 42, de: '', 'not a lang': 'x', fr: 'Réunion' }, 'event.name', p));
    expect(r.value).to.deep.equal({ en: 'Meeting', fr: 'Réunion' });
    expect(r.paths).to.deep.equal(['event.name.bg', 'event.name.not a lang']);
    expect(r.messages[0]).to.equal('expected text, got the number 42');
    expect(run((p) => checkText({ bg: 1 }, 'n', p, { required: true })).messages).to.deep.equal([
      'expected text, got the number 1',
      'is required but has no text in any language',
    ]);
    expect(run((p) => checkText(['x'], 'n', p)).messages[0]).to.match(/^expected text or an object of texts per language/);
    expect(run((p) => checkText('', 'n', p, { required: true })).messages).to.deep.equal(['is required but empty']);
  });

  it('never turns a __proto__ key into a prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "en": "x"}') as unknown;
    const r = run((p) => checkText(input, 'n', p));
    expect(r.value).to.deep.equal({ en: 'x' });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(r.value)).to.equal(Object.prototype);
  });

  it('reads text objects with a null prototype and survives a proxy that cannot list keys', () => {
    const bare = Object.create(null) as Record<string, string>;
    bare.bg = 'Среща';
    expect(run((p) => checkText(bare, 'n', p)).value).to.deep.equal({ bg: 'Среща' });
    const sneaky = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys');
        },
      },
    );
    expect(run((p) => checkText(sneaky, 'n', p)).messages).to.deep.equal(['could not be read (no keys)']);
  });
});

describe('validate: times and dates', () => {
  it('accepts instants with an offset, explains the rest', () => {
    expect(run((p) => checkInstant(' 2018-07-06T10:00:00+03:00 ', 's', p)).value).to.equal('2018-07-06T10:00:00+03:00');
    expect(run((p) => checkInstant('tomorrow', 's', p)).messages).to.deep.equal(['"tomorrow" is not an RFC 3339 date-time']);
    expect(run((p) => checkInstant('2018-07-06T10:00', 's', p)).messages[0]).to.match(/^"2018-07-06T10:00" has no UTC offset/);
    expect(run((p) => checkInstant('2018-07-06', 's', p)).messages).to.deep.equal(['"2018-07-06" is not an RFC 3339 date-time']);
    expect(run((p) => checkInstant(1530860400000, 's', p)).messages[0]).to.match(/^expected an RFC 3339 date-time/);
    expect(run((p) => checkInstant(undefined, 's', p, { required: true })).messages).to.deep.equal(['is required but missing']);
  });

  it('accepts calendar dates where allowed', () => {
    expect(run((p) => checkInstant('2018-07-06', 's', p, { allowDate: true })).value).to.equal('2018-07-06');
    expect(run((p) => checkInstant('2019-02-29', 's', p, { allowDate: true })).messages).to.deep.equal(['"2019-02-29" is not a real date']);
    expect(run((p) => checkInstant('soon', 's', p, { allowDate: true })).messages).to.deep.equal([
      '"soon" is not an RFC 3339 date-time or a date (YYYY-MM-DD)',
    ]);
  });

  it('checks calendar dates, leap days included', () => {
    expect(run((p) => checkDate('2020-02-29', 'd', p)).value).to.equal('2020-02-29');
    expect(run((p) => checkDate('2024-02-29', 'd', p)).value).to.equal('2024-02-29');
    expect(run((p) => checkDate('2019-02-29', 'd', p)).messages).to.deep.equal(['"2019-02-29" is not a real date']);
    expect(run((p) => checkDate('2023-02-29', 'd', p)).value).to.equal(undefined);
    expect(run((p) => checkDate('29.02.2024', 'd', p)).messages).to.deep.equal(['"29.02.2024" is not a date (YYYY-MM-DD)']);
    expect(run((p) => checkDate(2024, 'd', p)).messages[0]).to.match(/^expected a date/);
  });

  it('checks time zones through Intl', () => {
    expect(run((p) => checkTimeZone('Europe/Sofia', 'z', p)).value).to.equal('Europe/Sofia');
    expect(run((p) => checkTimeZone('Europe/Varna', 'z', p)).messages).to.deep.equal(['"Europe/Varna" is not a known IANA time zone (like "Europe/Sofia")']);
    expect(run((p) => checkTimeZone(3, 'z', p)).value).to.equal(undefined);
  });
});

describe('validate: links, enums, numbers, money, lists', () => {
  it('accepts only safe links', () => {
    expect(run((p) => checkUrl('https://example.org/x', 'u', p)).value).to.equal('https://example.org/x');
    const bad = run((p) => checkUrl('javascript:alert(document.cookie)', 'event.url', p));
    expect(bad.value).to.equal(undefined);
    expect(bad.messages).to.deep.equal(['"javascript:alert(document.cookie)" is not a safe link (only http, https, mailto, tel or relative)']);
    expect(run((p) => checkUrl({}, 'u', p)).messages).to.deep.equal(['expected a link, got an object']);
  });

  it('checks enumerations', () => {
    expect(run((p) => checkEnum('talk', ['talk', 'panel'] as const, 'k', p)).value).to.equal('talk');
    expect(run((p) => checkEnum('Talk', ['talk', 'panel'] as const, 'k', p)).messages).to.deep.equal(['"Talk" is not one of: talk, panel']);
    expect(run((p) => checkEnum(1, ['talk'] as const, 'k', p)).messages).to.deep.equal(['the number 1 is not one of: talk']);
  });

  it('checks numbers and their bounds', () => {
    expect(run((p) => checkNumber(3, 'n', p, { min: 0, max: 5, integer: true })).value).to.equal(3);
    expect(run((p) => checkNumber(NaN, 'n', p)).messages).to.deep.equal(['expected a number, got a non-finite number']);
    expect(run((p) => checkNumber('3', 'n', p)).value).to.equal(undefined);
    expect(run((p) => checkNumber(-1, 'n', p, { min: 0 })).messages).to.deep.equal(['-1 is less than 0']);
    expect(run((p) => checkNumber(9, 'n', p, { max: 5 })).messages).to.deep.equal(['9 is more than 5']);
    expect(run((p) => checkNumber(1.5, 'n', p, { integer: true })).messages).to.deep.equal(['1.5 is not a whole number']);
  });

  it('checks money', () => {
    expect(run((p) => checkMoney({ amount: 1500000, currency: 'EUR' }, 'b', p)).value).to.deep.equal({
      amount: 1500000,
      currency: 'EUR',
    });
    expect(run((p) => checkMoney({ amount: 0, currency: 'BGN' }, 'b', p)).value).to.deep.equal({ amount: 0, currency: 'BGN' });
    const bad = run((p) => checkMoney({ amount: -5, currency: 'eur' }, 'call.budget.total', p));
    expect(bad.value).to.equal(undefined);
    expect(bad.paths).to.deep.equal(['call.budget.total.amount', 'call.budget.total.currency']);
    expect(run((p) => checkMoney({ amount: Infinity, currency: 'EUR' }, 'b', p)).value).to.equal(undefined);
    expect(run((p) => checkMoney('100 EUR', 'b', p)).messages).to.deep.equal(['expected { amount, currency }, got the text "100 EUR"']);
  });

  it('keeps the valid items of a list in order', () => {
    const r = run((p) => checkArray(['a', 1, 'b', null, 'c'], 'tags', p, (v, path, pr) => checkString(v, path, pr, { required: true })));
    expect(r.value).to.deep.equal(['a', 'b', 'c']);
    expect(r.paths).to.deep.equal(['tags[1]', 'tags[3]']);
    expect(run((p) => checkArray('a,b', 'tags', p, () => 1)).messages).to.deep.equal(['expected a list, got the text "a,b"']);
    expect(run((p) => checkStringList(['a', 'a', 'b'], 'tags', p)).value).to.deep.equal(['a', 'b']);
    const huge = run((p) => checkArray(new Array(10_001).fill(1), 'xs', p, (v) => v));
    expect(huge.value).to.have.length(10_000);
    expect(huge.messages).to.deep.equal(['has 10001 items; only the first 10000 are read']);
  });
});

describe('validate: colours', () => {
  it('accepts hex, numeric functional notations and colour names', () => {
    for (const c of [
      '#fff',
      '#1E6FBA',
      '#1e6fba80',
      'rgb(30, 111, 186)',
      'rgba(30,111,186,0.5)',
      'rgb(30 111 186 / 50%)',
      'hsl(210, 70%, 42%)',
      'hsla(210deg 70% 42% / .5)',
      'rebeccapurple',
      'Teal',
    ]) {
      expect(run((p) => checkColor(c, 'c', p)).value, c).to.equal(c);
    }
  });
  it('refuses anything that could carry more than a colour', () => {
    for (const c of [
      'url(https://example.org/x.png)',
      'red; background: url(x)',
      'expression(alert(1))',
      'var(--x)',
      'rgb(calc(1+1), 0, 0)',
      'rgb(0,0,0);',
      '#ggg',
      '#12345',
      'inherit',
      'notacolour',
      'red blue',
      '',
      'a'.repeat(200),
    ]) {
      const r = run((p) => checkColor(c, 'event.tracks[0].color', p));
      expect(r.value, c).to.equal(undefined);
      expect(r.paths, c).to.deep.equal(['event.tracks[0].color']);
    }
    expect(run((p) => checkColor(5, 'c', p)).messages).to.deep.equal(['expected a CSS colour, got the number 5']);
  });
});
