import { defineStrings } from './strings.js';

/** UI strings of `<cluster-speaker-block>` and `<cluster-speaker-list>`. */
export const peopleStrings = defineStrings('people', {
  sessions: 'Sessions',
  profiles: 'Profiles',
  website: 'Website',
  speaker: 'Speaker',
  moderator: 'Moderator',
  panelist: 'Panellist',
  chair: 'Chair',
  /** Completes "Show more" / "Show less" for screen readers: "Show more about Maria Ivanova". */
  about: (name: string) => `about ${name}`,
  speakers: 'Speakers',
  noSpeakers: 'No speakers have been announced yet.',
  filterLabel: 'Filter speakers by name or organisation',
  filterCount: (shown: number, total: number) => (shown === total ? `Showing all ${total} speakers` : `Showing ${shown} of ${total} speakers`),
  noMatch: (query: string) => `No speakers match “${query}”.`,
});
