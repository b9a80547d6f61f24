import { pluralCategory } from './locale.js';
import { defineStrings } from './strings.js';

/** UI strings of `<cluster-event-header>`. */
export const eventStrings = defineStrings('event', {
  when: 'When',
  where: 'Where',
  format: 'Format',
  offline: 'In person',
  online: 'Online',
  mixed: 'In person and online',
  organizers: 'Organised by',
  partners: 'Partners',
  previously: (date: string) => `Originally planned for ${date}`,
  register: 'Register',
  registrationOpen: 'Registration open',
  registrationOpensOn: (when: string) => `Registration opens on ${when}`,
  registrationFull: 'Registration full: no places left',
  registrationClosed: 'Registration closed',
  /** `relative` is Intl.RelativeTimeFormat's "in 3 days", "tomorrow" or "today". */
  registrationCloses: (relative: string, when: string) => `closes ${relative} (${when})`,
  placesLeft: (n: string, count: number) => (pluralCategory(count, 'en') === 'one' ? `${n} place left` : `${n} places left`),
  /** `count` is the number of places left, for languages whose words follow it. */
  placesLeftOf: (n: string, total: string, _count: number) => `${n} of ${total} places left`,
  free: 'Free',
  map: 'Map',
  mapOnOpenStreetMap: 'on OpenStreetMap',
  mapApp: 'Open in a map app',
});
