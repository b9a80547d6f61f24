/**
 * The entities of the event header view (what `<cluster-event-header>` takes), with the address,
 * the registration and the event fields and rule that the document's event shares: see
 * entities.ts. The speaker view's are in entities-speaker.ts (re-exported here).
 */
import { ANY_ID, BOOL, COUNTRY, entity, INSTANT, instantMs, LANG, MONEY, NAME, NUM, oneOf, STR, TEXT, URL, IMAGE, WHEN, ZONE, type Rule } from './entities.js';
import { quote } from './validate.js';
import { ATTENDANCE_MODES, EVENT_STATUSES } from './types.js';

/**
 * An event's end must be of the same kind as its start (both calendar dates, or both date-times)
 * and not before it; otherwise it is ignored.
 */
export const eventEnd: Rule = ({ out, at, problems }) => {
  const { start, end } = out as { start?: string; end?: string };
  if (start === undefined || end === undefined) return;
  const date = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);
  const why =
    date(end) !== date(start)
      ? `should be ${date(start) ? 'a date' : 'a date-time with offset'}, like start`
      : (date(start) ? end < start : instantMs(end) < instantMs(start))
        ? `is before the start ${quote(start)}`
        : '';
  if (!why) return;
  problems.push({ path: at('end'), message: `${quote(end)} ${why}; it is ignored` });
  delete out.end;
};

export const ADDRESS = entity(
  'an address',
  {
    streetAddress: STR,
    addressLocality: STR,
    postalCode: STR,
    addressCountry: { ...COUNTRY, r: 1 },
  },
  { needs: 'an addressCountry' },
);

/** A point on the Earth (WGS 84 degrees, as schema.org GeoCoordinates and `geo:` URIs take it). */
export const GEO = entity(
  'a position',
  {
    latitude: { ...NUM, r: 1, min: -90, max: 90 },
    longitude: { ...NUM, r: 1, min: -180, max: 180 },
  },
  { needs: 'a latitude and a longitude' },
);

/**
 * A registration's figures that only make sense together: it does not close before it opens (the
 * closing is ignored), fewer places cannot remain than there are (`remaining` is ignored), and an
 * event with a price other than 0 is not free (`free` is ignored, the price is shown).
 */
const registrationRule: Rule = ({ out, at, problems }) => {
  const { opens, closes, capacity, remaining, free, price } = out as {
    opens?: string;
    closes?: string;
    capacity?: number;
    remaining?: number;
    free?: boolean;
    price?: { amount: number; currency: string };
  };
  if (opens !== undefined && closes !== undefined && instantMs(closes) < instantMs(opens)) {
    problems.push({ path: at('closes'), message: `${quote(closes)} is before the opening ${quote(opens)}; it is ignored` });
    delete out.closes;
  }
  if (capacity !== undefined && remaining !== undefined && remaining > capacity) {
    problems.push({ path: at('remaining'), message: `${remaining} is more than the capacity (${capacity}); it is ignored` });
    delete out.remaining;
  }
  if (free === true && price !== undefined && price.amount !== 0) {
    problems.push({ path: at('free'), message: `is true while the price is ${price.amount} ${price.currency}; the price is shown` });
    delete out.free;
  }
};

/** How to register for an event: where, from when until when, how many places, at what price. */
export const REGISTRATION = entity(
  'a registration',
  {
    url: { ...URL, r: 1 },
    opens: INSTANT,
    closes: INSTANT,
    capacity: { ...NUM, min: 0, int: 1 },
    remaining: { ...NUM, min: 0, int: 1 },
    price: { k: 'obj', e: MONEY },
    free: BOOL,
  },
  { needs: 'a safe url', rule: registrationRule },
);

/** Fields an event has in a document and in an event header view alike. */
export const EVENT_COMMON = {
  end: WHEN,
  status: oneOf(EVENT_STATUSES),
  previousStart: WHEN,
  attendanceMode: oneOf(ATTENDANCE_MODES),
  registration: { k: 'obj', e: REGISTRATION },
} as const;

// The speaker view's entities are in entities-speaker.ts (the speaker block's page loads no event header).
export { ORGANIZATION_REF, SPEAKER_SESSION, SPEAKER_VIEW } from './entities-speaker.js';

export const ORGANIZATION_VIEW = entity(
  'an organization',
  {
    id: ANY_ID,
    name: NAME,
    shortName: STR,
    url: URL,
    logo: { k: 'obj', e: IMAGE },
  },
  { needs: 'a name' },
);

/** An address as a view takes it: any of its fields is enough. */
export const ADDRESS_VIEW = entity('an address', { ...ADDRESS.fields, addressCountry: COUNTRY });

/** A venue as a view takes it: a name or an address is enough. */
export const VENUE_VIEW = entity('a venue', { name: TEXT, address: { k: 'obj', e: ADDRESS_VIEW }, geo: { k: 'obj', e: GEO } });

export const EVENT_HEADER_VIEW = entity(
  'an event',
  {
    id: ANY_ID,
    name: NAME,
    url: URL,
    timeZone: ZONE,
    start: { ...WHEN, r: 2 },
    ...EVENT_COMMON,
    venue: { k: 'obj', e: VENUE_VIEW },
    organizers: { k: 'list', e: ORGANIZATION_VIEW, ne: 1 },
    partners: { k: 'list', e: ORGANIZATION_VIEW, ne: 1 },
    lang: LANG,
    baseUrl: URL,
  },
  { needs: 'a name', rule: eventEnd },
);
