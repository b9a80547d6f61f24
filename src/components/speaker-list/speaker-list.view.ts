/**
 * Pure helpers of `<cluster-speaker-list>`: where the people come from, sorting by name with the
 * language's collation, and the text filter.
 */
import { foldForSearch } from '../../data/text.js';
import { parseEventDocument } from '../../data/parse.js';
import { checkSpeakerViews, speakerViewsFromDocument, type SpeakerView } from '../../data/people-view.js';
import { resolveText } from '../../data/text.js';
import type { DataProblem } from '../../data/types.js';

/** Orders of `<cluster-speaker-list>`: as given, or by name. */
export const SPEAKER_SORTS = ['given', 'name'] as const;
export type SpeakerSort = (typeof SPEAKER_SORTS)[number];

/** A speaker with a stable key for rendering. */
export interface KeyedSpeaker {
  key: string;
  speaker: SpeakerView;
}

/**
 * The speakers to show and the problems found: from `speakers` when set, else from the people of
 * the document `data` (those who take part in sessions, or all with `allPeople`). `null` when
 * neither is set (nothing given yet) or what was given is unusable.
 */
export function speakersFrom(speakers: unknown, data: unknown, allPeople: boolean): { speakers: KeyedSpeaker[] | null; problems: DataProblem[] } {
  let list: SpeakerView[] | null = null;
  let problems: DataProblem[] = [];
  if (speakers !== null && speakers !== undefined) {
    const checked = checkSpeakerViews(speakers, 'speakers');
    list = checked.value;
    problems = checked.problems;
  } else if (data !== null && data !== undefined) {
    const parsed = parseEventDocument(data);
    problems = parsed.problems;
    list = parsed.document ? speakerViewsFromDocument(parsed.document, { allPeople }) : null;
  }
  if (!list) return { speakers: null, problems };
  return { speakers: list.map((speaker, i) => ({ key: speaker.id ?? `#${i}`, speaker })), problems };
}

const collators = new Map<string, Intl.Collator>();

function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    try {
      c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    } catch {
      c = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    }
    collators.set(locale, c);
  }
  return c;
}

/**
 * Sorts by name as written (given name first, as the data writes it), with the collation of
 * `locale`: in Bulgarian, Cyrillic names in the order of the Bulgarian alphabet and then Latin
 * ones; in English, Latin names first. People without a name (known only by role) come last, in
 * the given order. The sort is stable.
 */
export function sortByName(speakers: readonly KeyedSpeaker[], locale: string): KeyedSpeaker[] {
  const c = collator(locale);
  const named = speakers.filter((s) => s.speaker.name);
  const nameless = speakers.filter((s) => !s.speaker.name);
  return [...named.sort((a, b) => c.compare(a.speaker.name!, b.speaker.name!)), ...nameless];
}

export { foldForSearch };

/** The speakers whose name, job title or organisation contains every word of `query`. */
export function filterSpeakers(speakers: readonly KeyedSpeaker[], query: string, lang: string, locale: string): KeyedSpeaker[] {
  const words = foldForSearch(query, locale).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...speakers];
  return speakers.filter(({ speaker }) => {
    const org = speaker.organization;
    const orgName = typeof org === 'string' ? org : resolveText(org?.name, lang, speaker.lang);
    const haystack = foldForSearch([speaker.name ?? '', resolveText(speaker.jobTitle, lang, speaker.lang), orgName].join(' '), locale);
    return words.every((w) => haystack.includes(w));
  });
}
