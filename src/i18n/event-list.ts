import { defineStrings } from './strings.js';

/** UI strings of `<cluster-event-list>`. */
export const eventListStrings = defineStrings('eventList', {
  /** The headings of the two groups, which also name their lists. */
  upcoming: 'Upcoming events',
  past: 'Past events',
  /** The empty state of each group. */
  noUpcoming: 'No upcoming events',
  noPast: 'No past events',
  /** The loading state while `src` loads. */
  loadingEvents: 'Loading the events…',
  /** Beside an event under way at `now`. */
  ongoing: 'Happening now',
  /** The "show more" buttons of long groups: how many more events they reveal. */
  moreUpcoming: (n: number) => (n === 1 ? 'Show 1 more upcoming event' : `Show ${n} more upcoming events`),
  morePast: (n: number) => (n === 1 ? 'Show 1 more past event' : `Show ${n} more past events`),
  /** Below the list when entries of the index could not be loaded or read. */
  notShown: (n: number) => (n === 1 ? '1 event could not be shown.' : `${n} events could not be shown.`),
});
