import { expect } from '@open-wc/testing';
import { registrationStatus, registrationText, type RegistrationEvent } from '../src/data/registration-view.js';
import { eventOverAt } from '../src/data/event-over.js';
import { coordinateText, geoUri, isGeoCoordinates, openStreetMapUrl } from '../src/data/geo.js';
import { parseEventDocument } from '../src/data/parse.js';
import { checkEventHeaderView } from '../src/data/people-view.js';
import { parseInstant } from '../src/data/time.js';
import type { Registration } from '../src/data/types.js';
import { eventStrings } from '../src/i18n/event.js';
import { preloadStrings } from '../src/i18n/strings.js';

const SECOND = 1000;

function at(s: string): Date {
  const d = parseInstant(s);
  if (!d) throw new Error(`test data: ${s}`);
  return d;
}
const shift = (d: Date, ms: number) => new Date(d.getTime() + ms);

/** A fictional event in Sofia: 17–18 June 2026. */
const EVENT: RegistrationEvent = { timeZone: 'Europe/Sofia', start: '2026-06-17T09:00:00+03:00', end: '2026-06-18T13:00:00+03:00' };

/** Fictional registration: opens 2 March 09:00 EET, closes 12 June 18:00 EEST. */
const REG: Registration = {
  url: 'https://example.org/register',
  opens: '2026-03-02T09:00:00+02:00',
  closes: '2026-06-12T18:00:00+03:00',
  capacity: 240,
  remaining: 37,
  price: { amount: 120, currency: 'EUR' },
};

describe('registrationStatus: the state at its boundaries, one second either side', () => {
  const opens = at(REG.opens!);
  const closes = at(REG.closes!);

  it('opens on… until the opening instant, open from it on', () => {
    const before = registrationStatus(REG, EVENT, shift(opens, -SECOND));
    expect(before.state).to.equal('opens-on');
    expect(before.opens?.toISOString()).to.equal(opens.toISOString());
    expect(before.changesAt?.toISOString()).to.equal(opens.toISOString());
    expect(registrationStatus(REG, EVENT, opens).state).to.equal('open');
    expect(registrationStatus(REG, EVENT, shift(opens, SECOND)).state).to.equal('open');
  });

  it('open until the closing instant, closed at and after it', () => {
    expect(registrationStatus(REG, EVENT, shift(closes, -SECOND)).state).to.equal('open');
    const closed = registrationStatus(REG, EVENT, closes);
    expect(closed.state).to.equal('closed');
    expect(closed.changesAt).to.equal(undefined);
    expect(registrationStatus(REG, EVENT, shift(closes, SECOND)).state).to.equal('closed');
  });

  it('full while no places remain between opening and closing, and closed from the closing on', () => {
    const full = { ...REG, remaining: 0 };
    expect(registrationStatus(full, EVENT, shift(opens, -SECOND)).state).to.equal('opens-on');
    expect(registrationStatus(full, EVENT, opens).state).to.equal('full');
    const last = registrationStatus(full, EVENT, shift(closes, -SECOND));
    expect(last.state).to.equal('full');
    expect(last.changesAt?.toISOString()).to.equal(closes.toISOString());
    expect(registrationStatus(full, EVENT, closes).state).to.equal('closed');
  });

  it('counts the days left in calendar days of the event’s zone, changing at its midnight', () => {
    // Midnight of 11 June in Sofia is 10 June 21:00 UTC.
    const midnight = at('2026-06-11T00:00:00+03:00');
    const before = registrationStatus(REG, EVENT, shift(midnight, -SECOND));
    expect(before.daysLeft).to.equal(2);
    expect(before.changesAt?.toISOString()).to.equal(midnight.toISOString());
    expect(registrationStatus(REG, EVENT, midnight).daysLeft).to.equal(1);
    expect(registrationStatus(REG, EVENT, shift(midnight, SECOND)).daysLeft).to.equal(1);
    const lastDay = registrationStatus(REG, EVENT, at('2026-06-12T00:00:00+03:00'));
    expect(lastDay.daysLeft).to.equal(0);
    // On the last day the next change is the closing itself.
    expect(lastDay.changesAt?.toISOString()).to.equal(closes.toISOString());
  });

  it('a closing at midnight leaves the day before as the last day (closes today, not tomorrow)', () => {
    const reg = { ...REG, closes: '2026-06-13T00:00:00+03:00' };
    expect(registrationStatus(reg, EVENT, at('2026-06-12T23:59:59+03:00')).daysLeft).to.equal(0);
    expect(registrationStatus(reg, EVENT, at('2026-06-12T00:00:00+03:00')).daysLeft).to.equal(0);
    expect(registrationStatus(reg, EVENT, at('2026-06-11T23:59:59+03:00')).daysLeft).to.equal(1);
  });

  it('counts days across a daylight-saving change in the event’s zone (Sofia, 29 March 2026)', () => {
    const reg = { url: 'https://example.org/r', closes: '2026-03-30T12:00:00+03:00' };
    // 28 March 23:59:59 EET: two days left (30 March is the last day); at midnight one.
    expect(registrationStatus(reg, EVENT, at('2026-03-28T23:59:59+02:00')).daysLeft).to.equal(2);
    const midnight = at('2026-03-29T00:00:00+02:00');
    expect(registrationStatus(reg, EVENT, midnight).daysLeft).to.equal(1);
    // The next midnight comes 23 hours later (the clocks skip 03:00 to 04:00).
    expect(registrationStatus(reg, EVENT, midnight).changesAt?.toISOString()).to.equal(at('2026-03-30T00:00:00+03:00').toISOString());
  });

  it('the same instant in Tokyo’s zone is another day: the days follow the event’s zone', () => {
    const now = at('2026-06-10T22:00:00+03:00'); // 11 June 04:00 in Tokyo
    expect(registrationStatus(REG, EVENT, now).daysLeft).to.equal(2);
    expect(registrationStatus(REG, { ...EVENT, timeZone: 'Asia/Tokyo' }, now).daysLeft).to.equal(1);
  });

  it('without closes, registration closes when the event ends (an end date: at the end of that day)', () => {
    const reg = { url: 'https://example.org/r' };
    const end = at(EVENT.end!);
    expect(registrationStatus(reg, EVENT, shift(end, -SECOND)).state).to.equal('open');
    expect(registrationStatus(reg, EVENT, end).state).to.equal('closed');
    const dated = { timeZone: 'Europe/Sofia', start: '2018-07-06' };
    expect(eventOverAt(dated)).to.equal(at('2018-07-07T00:00:00+03:00').getTime());
    expect(registrationStatus(reg, dated, at('2018-07-06T23:59:59+03:00')).state).to.equal('open');
    expect(registrationStatus(reg, dated, at('2018-07-07T00:00:00+03:00')).state).to.equal('closed');
    expect(registrationStatus(reg, { timeZone: 'Europe/Sofia' }, at('2030-01-01T00:00:00Z'))).to.deep.equal({ state: 'open' });
  });

  it('without closes or an end, a timed event’s registration stays open until the midnight after its day (not its start), as the event list', () => {
    const reg = { url: 'https://example.org/r' };
    const timed = { timeZone: 'Europe/Sofia', start: '2026-06-17T09:00:00+03:00' };
    expect(registrationStatus(reg, timed, at('2026-06-17T09:00:01+03:00')).state).to.equal('open');
    expect(registrationStatus(reg, timed, at('2026-06-17T23:59:59+03:00')).state).to.equal('open');
    expect(registrationStatus(reg, timed, at('2026-06-18T00:00:00+03:00')).state).to.equal('closed');
    // An end that is not after the start counts as none.
    expect(registrationStatus(reg, { ...timed, end: '2026-06-17T08:00:00+03:00' }, at('2026-06-17T12:00:00+03:00')).state).to.equal('open');
  });
});

describe('registrationText', () => {
  const en = eventStrings('en');

  it('says each state in words, with the closing in the event’s zone', () => {
    const zone = EVENT.timeZone;
    const open = registrationText(REG, registrationStatus(REG, EVENT, at('2026-06-09T10:00:00+03:00')), zone, en, 'en-GB');
    expect(open.state).to.equal('Registration open');
    expect(open.closes).to.match(/^closes in 3 days \(12 June 2026, 18:00 (EEST|GMT\+3)\)$/);
    expect(open.places).to.equal('37 of 240 places left');
    expect(open.price).to.equal('€120.00');
    const tomorrow = registrationText(REG, registrationStatus(REG, EVENT, at('2026-06-11T10:00:00+03:00')), zone, en, 'en-GB');
    expect(tomorrow.closes).to.match(/^closes tomorrow/);
    const today = registrationText(REG, registrationStatus(REG, EVENT, at('2026-06-12T10:00:00+03:00')), zone, en, 'en-GB');
    expect(today.closes).to.match(/^closes today/);
    const soon = registrationText(REG, registrationStatus(REG, EVENT, at('2026-03-01T10:00:00+02:00')), zone, en, 'en-GB');
    expect(soon.state).to.match(/^Registration opens on 2 March 2026, 09:00 (EET|GMT\+2)$/);
    const full = { ...REG, remaining: 0 };
    const f = registrationText(full, registrationStatus(full, EVENT, at('2026-05-01T10:00:00+03:00')), zone, en, 'en');
    expect([f.state, f.places]).to.deep.equal(['Registration full: no places left', '']);
    const closed = registrationText(REG, registrationStatus(REG, EVENT, at('2026-06-13T10:00:00+03:00')), zone, en, 'en');
    expect([closed.state, closed.closes, closed.places]).to.deep.equal(['Registration closed', '', '']);
  });

  it('writes free for free: true and for a price of 0, nothing without either', () => {
    const status = registrationStatus({ url: 'x' }, EVENT, at('2026-06-01T10:00:00+03:00'));
    expect(registrationText({ url: 'x', free: true }, status, 'Europe/Sofia', en, 'en').price).to.equal('Free');
    expect(registrationText({ url: 'x', price: { amount: 0, currency: 'BGN' } }, status, 'Europe/Sofia', en, 'en').price).to.equal('Free');
    expect(registrationText({ url: 'x' }, status, 'Europe/Sofia', en, 'en').price).to.equal('');
    expect(registrationText({ url: 'x', remaining: 1 }, status, 'Europe/Sofia', en, 'en').places).to.equal('1 place left');
  });

  it('speaks Bulgarian', async () => {
    await preloadStrings('bg');
    const bg = eventStrings('bg');
    const t = registrationText(REG, registrationStatus(REG, EVENT, at('2026-06-09T10:00:00+03:00')), 'Europe/Sofia', bg, 'bg');
    expect(t.state).to.equal('Регистрацията е отворена');
    expect(t.closes).to.match(/^приключва след 3 дни \(12 юни 2026 г\., 18:00/);
    expect(t.places).to.equal('Остават 37 свободни места от 240');
    expect(t.price).to.match(/^120,00\s€$/);
  });
});

describe('registration and venue position: validation with paths', () => {
  const doc = (event: Record<string, unknown>) => ({
    lang: 'en',
    event: { id: 'e', name: 'Fictional test event', timeZone: 'Europe/Sofia', start: '2026-06-17T09:00:00+03:00', ...event },
  });

  it('keeps a valid registration and position, as given', () => {
    const { document, problems } = parseEventDocument(doc({ registration: REG, venue: { name: 'Hall', geo: { latitude: 42.4936, longitude: 27.4795 } } }));
    expect(problems).to.deep.equal([]);
    expect(document!.event.registration).to.deep.equal(REG);
    expect(document!.event.venue!.geo).to.deep.equal({ latitude: 42.4936, longitude: 27.4795 });
  });

  it('reports each bad field with its path and keeps the rest', () => {
    const { document, problems } = parseEventDocument(
      doc({
        registration: {
          url: 'https://example.org/r',
          opens: 'tomorrow',
          closes: '2026-06-12T18:00',
          capacity: 10.5,
          remaining: -1,
          price: { amount: -5, currency: 'euro' },
          free: 'yes',
        },
        venue: { name: 'Hall', geo: { latitude: 91, longitude: -180.5 } },
      }),
    );
    expect(problems).to.deep.include({ path: 'event.registration.opens', message: '"tomorrow" is not an RFC 3339 date-time' });
    expect(problems).to.deep.include({ path: 'event.registration.closes', message: '"2026-06-12T18:00" has no UTC offset (add Z or one like +03:00)' });
    expect(problems).to.deep.include({ path: 'event.registration.capacity', message: '10.5 is not a whole number' });
    expect(problems).to.deep.include({ path: 'event.registration.remaining', message: '-1 is less than 0' });
    expect(problems).to.deep.include({ path: 'event.registration.price.amount', message: '-5 is less than 0' });
    expect(problems.some((p) => p.path === 'event.registration.price.currency' && /ISO 4217/.test(p.message))).to.equal(true);
    expect(problems).to.deep.include({ path: 'event.registration.free', message: 'expected true or false, got the text "yes"' });
    expect(problems).to.deep.include({ path: 'event.venue.geo.latitude', message: '91 is more than 90' });
    expect(problems).to.deep.include({ path: 'event.venue.geo.longitude', message: '-180.5 is less than -180' });
    expect(document!.event.registration).to.deep.equal({ url: 'https://example.org/r' });
    expect(document!.event.venue).to.deep.equal({ name: 'Hall' });
  });

  it('reports the figures that do not fit together', () => {
    const { document, problems } = parseEventDocument(
      doc({
        registration: {
          url: 'https://example.org/r',
          opens: '2026-06-12T18:00:00+03:00',
          closes: '2026-03-02T09:00:00+02:00',
          capacity: 20,
          remaining: 21,
          price: { amount: 10, currency: 'EUR' },
          free: true,
        },
      }),
    );
    expect(problems).to.deep.equal([
      { path: 'event.registration.closes', message: '"2026-03-02T09:00:00+02:00" is before the opening "2026-06-12T18:00:00+03:00"; it is ignored' },
      { path: 'event.registration.remaining', message: '21 is more than the capacity (20); it is ignored' },
      { path: 'event.registration.free', message: 'is true while the price is 10 EUR; the price is shown' },
    ]);
    expect(document!.event.registration).to.deep.equal({
      url: 'https://example.org/r',
      opens: '2026-06-12T18:00:00+03:00',
      capacity: 20,
      price: { amount: 10, currency: 'EUR' },
    });
  });

  it('leaves out a registration without a safe url, and a position without both numbers', () => {
    const { document, problems } = parseEventDocument(
      doc({ registration: { url: 'javascript:alert(1)', free: true }, venue: { name: 'Hall', geo: { latitude: 42 } } }),
    );
    expect(problems.map((p) => p.path)).to.include.members(['event.registration.url', 'event.registration', 'event.venue.geo.longitude', 'event.venue.geo']);
    expect(document!.event.registration).to.equal(undefined);
    expect(document!.event.venue!.geo).to.equal(undefined);
  });

  it('checks the header view’s registration and position the same way', () => {
    const { value, problems } = checkEventHeaderView({
      name: 'X',
      registration: { url: 'https://example.org/r', closes: 'tomorrow' },
      venue: { geo: { latitude: '42', longitude: 27 } },
    });
    expect(problems).to.deep.include({ path: 'event.registration.closes', message: '"tomorrow" is not an RFC 3339 date-time' });
    expect(problems).to.deep.include({ path: 'event.venue.geo.latitude', message: 'expected a number, got the text "42"' });
    expect(value!.registration).to.deep.equal({ url: 'https://example.org/r' });
  });
});

describe('geo links', () => {
  it('builds the OpenStreetMap URL and the geo: URI from plain decimals', () => {
    const geo = { latitude: 43.2047, longitude: 27.9105 };
    expect(openStreetMapUrl(geo)).to.equal('https://www.openstreetmap.org/?mlat=43.2047&mlon=27.9105#map=16/43.2047/27.9105');
    expect(geoUri(geo)).to.equal('geo:43.2047,27.9105');
    expect(geoUri({ latitude: -33.8688, longitude: 151.2093 })).to.equal('geo:-33.8688,151.2093');
  });

  it('never writes an exponent or a negative zero, and rounds to 6 places', () => {
    expect(coordinateText(0.0000001)).to.equal('0');
    expect(coordinateText(-0.0000001)).to.equal('0');
    expect(coordinateText(1e-6)).to.equal('0.000001');
    expect(coordinateText(12.34567891)).to.equal('12.345679');
    expect(coordinateText(-90)).to.equal('-90');
  });

  it('takes only finite positions within range', () => {
    expect(isGeoCoordinates({ latitude: 90, longitude: -180 })).to.equal(true);
    expect(isGeoCoordinates({ latitude: Number.NaN, longitude: 0 })).to.equal(false);
    expect(isGeoCoordinates({ latitude: 0, longitude: 181 })).to.equal(false);
    expect(isGeoCoordinates(undefined)).to.equal(false);
  });
});
