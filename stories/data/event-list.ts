/**
 * Demo content for `<cluster-event-list>`: the events of one cluster's site.
 *
 * `clusterEvents` — the real Varna 2018 meeting, the fictional summit of blue-summit-2026.json and
 * six more events that are clearly fictional (every name says so, every URL is on example.org),
 * chosen to show each state: online, postponed, cancelled, moved online, a date without hours, and
 * one in another zone (Tokyo); and registrations open (free), opening later (with a price) and full. `EVENT_LIST_NOW` is the instant stories and tests pin the clock to:
 * the first morning of the summit, so it is under way.
 *
 * `fictionalArchive(n)` — `n` fictional monthly breakfasts ending before 2026, for long archives.
 */
import type { EventDocument, Organization } from '../../src/data/types.js';
import { blueSummit2026, varna2018 } from './index.js';

/** The instant the list stories pin `now` to: the summit's first day, 12:00 in Sofia. */
export const EVENT_LIST_NOW = '2026-06-17T12:00:00+03:00';

const demoCluster: Organization = {
  id: 'blue-demo-cluster',
  name: { en: 'Blue Demo Maritime Cluster (fictional)', bg: 'Морски демо клъстер „Синьо“ (измислен)' },
  url: 'https://example.org/clusters/blue-demo',
};

const partner: Organization = {
  id: 'demo-bay-rda',
  name: { en: 'Demo Bay Regional Development Agency (fictional)', bg: 'Агенция за регионално развитие „Демо залив“ (измислена)' },
};

/** A fictional event document of the demo cluster. */
function fictional(event: Omit<EventDocument['event'], 'organizerIds'> & { organizerIds?: string[] }): EventDocument {
  return {
    lang: 'en',
    baseUrl: `https://example.org/events/${event.id}`,
    event: { url: `https://example.org/events/${event.id}`, organizerIds: ['blue-demo-cluster'], ...event },
    organizations: [demoCluster, partner],
  };
}

/** A webinar: online, no venue. */
export const webinar = fictional({
  id: 'managers-webinar-2026-demo',
  name: { en: 'Cluster Managers’ Webinar on Internationalisation (fictional)', bg: 'Уебинар за клъстерни мениджъри: интернационализация (измислен)' },
  timeZone: 'Europe/Sofia',
  start: '2026-09-15T10:00:00+03:00',
  end: '2026-09-15T11:30:00+03:00',
  attendanceMode: 'online',
  registration: { url: 'https://example.org/events/managers-webinar-2026-demo/register', free: true },
});

/** Postponed by two weeks: the date first planned is shown. */
export const matchmaking = fictional({
  id: 'matchmaking-day-2026-demo',
  name: { en: 'Autumn Matchmaking Day (fictional)', bg: 'Есенен ден за бизнес контакти (измислен)' },
  timeZone: 'Europe/Sofia',
  start: '2026-10-08T09:30:00+03:00',
  end: '2026-10-08T17:00:00+03:00',
  status: 'postponed',
  previousStart: '2026-09-24T09:30:00+03:00',
  attendanceMode: 'offline',
  venue: { name: { en: 'Demo Trade Hall (fictional)', bg: 'Демо търговска зала (измислена)' }, address: { addressLocality: 'Plovdiv', addressCountry: 'BG' } },
  organizerIds: ['blue-demo-cluster', 'demo-bay-rda'],
  registration: {
    url: 'https://example.org/events/matchmaking-day-2026-demo/register',
    opens: '2026-08-03T09:00:00+03:00',
    closes: '2026-10-05T18:00:00+03:00',
    capacity: 120,
    remaining: 120,
    price: { amount: 25, currency: 'EUR' },
  },
});

/** Moved online: shown as "Online", whatever the venue was. */
export const workshop = fictional({
  id: 'digital-twins-workshop-2026-demo',
  name: { en: 'Digital Twins for Ports Workshop (fictional)', bg: 'Семинар „Цифрови двойници за пристанища“ (измислен)' },
  timeZone: 'Europe/Sofia',
  start: '2026-11-12T14:00:00+02:00',
  end: '2026-11-12T17:00:00+02:00',
  status: 'moved-online',
  attendanceMode: 'online',
  venue: { name: 'Exampleport Harbour Office (fictional)', address: { addressLocality: 'Ruse', addressCountry: 'BG' } },
});

/** Cancelled. */
export const forum = fictional({
  id: 'winter-forum-2026-demo',
  name: { en: 'Winter Innovation Forum (fictional)', bg: 'Зимен форум за иновации (измислен)' },
  timeZone: 'Europe/Sofia',
  start: '2026-12-03T09:00:00+02:00',
  end: '2026-12-03T16:00:00+02:00',
  status: 'cancelled',
  attendanceMode: 'mixed',
  venue: {
    name: { en: 'Sample Business Park (fictional)', bg: 'Бизнес парк „Образец“ (измислен)' },
    address: { addressLocality: 'Sofia', addressCountry: 'BG' },
  },
});

/** In another zone: its times are shown in Tokyo time, labelled. */
export const tokyo = fictional({
  id: 'tokyo-exchange-2027-demo',
  name: { en: 'Japan–EU Cluster Exchange (fictional)', bg: 'Клъстерен обмен Япония–ЕС (измислен)' },
  timeZone: 'Asia/Tokyo',
  start: '2027-04-20T10:00:00+09:00',
  end: '2027-04-21T16:00:00+09:00',
  attendanceMode: 'mixed',
  venue: { name: 'Example Convention Hall (fictional)', address: { addressLocality: 'Tokyo', addressCountry: 'JP' } },
  registration: { url: 'https://example.org/events/tokyo-exchange-2027-demo/register', capacity: 80, remaining: 0 },
});

/** A date without hours, in the past. */
export const clusterDay = fictional({
  id: 'cluster-day-2025-demo',
  name: { en: 'Cluster Day 2025 (fictional)', bg: 'Ден на клъстерите 2025 (измислен)' },
  timeZone: 'Europe/Sofia',
  start: '2025-05-20',
  attendanceMode: 'offline',
  venue: { name: { en: 'Demo Hall (fictional)', bg: 'Демо зала (измислена)' }, address: { addressLocality: 'Burgas', addressCountry: 'BG' } },
});

/** The events of the demo cluster's site, in no particular order (the list sorts them). */
export const clusterEvents: readonly EventDocument[] = [clusterDay, webinar, varna2018, forum, blueSummit2026, matchmaking, workshop, tokyo];

/** `n` fictional monthly breakfasts, the last in December 2025, newest last: a long archive. */
export function fictionalArchive(n: number): EventDocument[] {
  return Array.from({ length: n }, (_, i) => {
    const month = 12 - ((n - 1 - i) % 12);
    const year = 2025 - Math.floor((n - 1 - i) / 12);
    const day = `${year}-${String(month).padStart(2, '0')}-10`;
    return fictional({
      id: `breakfast-${day}-demo`,
      name: { en: `Cluster Breakfast no. ${i + 1} (fictional)`, bg: `Клъстерна закуска № ${i + 1} (измислена)` },
      timeZone: 'Europe/Sofia',
      start: `${day}T08:30:00${month >= 4 && month <= 10 ? '+03:00' : '+02:00'}`,
      end: `${day}T10:00:00${month >= 4 && month <= 10 ? '+03:00' : '+02:00'}`,
      attendanceMode: 'offline',
      venue: { name: { en: 'Demo Café (fictional)', bg: 'Демо кафе (измислено)' }, address: { addressLocality: 'Varna', addressCountry: 'BG' } },
    });
  });
}
