/**
 * The event page view: what `<cluster-event>` shows from one parsed event document, with the ids
 * between its parts resolved by the builders of each part (people-view, project-view), so every
 * child element receives an already-clean view and reports nothing twice:
 * - speakers <-> sessions: each speaker lists the sessions they take part in; a session without
 *   its own URL links to its place in the programme (`#session-<id>`) when the programme is shown;
 * - projects <-> objective lists: each project is followed by the lists that belong to it
 *   (`project.objectiveListId` or `list.projectId`), each list once; lists of no project come last;
 * - organisations: organisers and partners of the event, partners of projects, people's employers.
 */
import { fragmentLink } from './url.js';
import { eventHeaderViewFromDocument, speakerViewsFromDocument, type EventHeaderView, type SpeakerView } from './people-view.js';
import { objectiveListViewsFromDocument, projectCardViewsFromDocument, type ObjectiveListView, type ProjectCardView } from './project-view.js';
import type { DataProblem, EventDocument, FundingCall } from './types.js';

/** The parts of an event page, in their default order. */
export const EVENT_SECTIONS = ['header', 'agenda', 'speakers', 'projects', 'calls'] as const;
export type EventSection = (typeof EVENT_SECTIONS)[number];

/** A project with the objective lists that belong to it. */
export interface EventProjectView {
  card: ProjectCardView;
  lists: ObjectiveListView[];
}

/** Everything `<cluster-event>` shows, with references resolved. */
export interface EventPageView {
  document: EventDocument;
  header: EventHeaderView;
  /** Number of sessions in the programme. */
  sessionCount: number;
  speakers: SpeakerView[];
  projects: EventProjectView[];
  /** Objective lists that belong to no project of the document. */
  otherLists: ObjectiveListView[];
  calls: FundingCall[];
}

/** Options of {@link buildEventPage}. */
export interface EventPageOptions {
  /** Link sessions without a URL to their place in the programme (`#session-<id>`). */
  linkSessions?: boolean;
}

/**
 * Splits a `sections` attribute (`"header agenda"`, `"speakers, calls"`) into known section names,
 * in the given order, each once. `null` when the value is empty (meaning: every section with data).
 * Unknown names are left out and reported at the path `sections`.
 */
export function parseSections(value: string | null | undefined): { sections: EventSection[] | null; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const words = (value ?? '').split(/[\s,]+/).filter((w) => w !== '');
  if (words.length === 0) return { sections: null, problems };
  const sections: EventSection[] = [];
  for (const word of words) {
    const name = word.toLowerCase();
    if (!(EVENT_SECTIONS as readonly string[]).includes(name)) {
      problems.push({
        path: 'sections',
        message: `${JSON.stringify(word)} is not a section; use ${EVENT_SECTIONS.map((s) => JSON.stringify(s)).join(', ')}`,
      });
    } else if (!sections.includes(name as EventSection)) {
      sections.push(name as EventSection);
    }
  }
  return { sections, problems };
}

/** The card links to its objective list on this page (`#<id>`); no link when a URL cannot carry the id. */
function linkToList(card: ProjectCardView): ProjectCardView {
  if (!card.objectiveListId || card.objectivesHref) return card;
  const href = fragmentLink(card.objectiveListId);
  if (href) return { ...card, objectivesHref: href };
  const { objectiveListId: _unlinkable, ...rest } = card;
  return rest;
}

/** The page view of a parsed (valid) event document. */
export function buildEventPage(document: EventDocument, options: EventPageOptions = {}): EventPageView {
  const sessions = document.event.sessions ?? [];
  const speakers = speakerViewsFromDocument(document);
  if (options.linkSessions) {
    for (const speaker of speakers) {
      speaker.sessions = speaker.sessions?.map((s) => {
        const href = s.url || !s.id ? undefined : fragmentLink(`session-${s.id}`);
        return href ? { ...s, url: href } : s;
      });
    }
  }
  const lists = objectiveListViewsFromDocument(document);
  const claimed = new Set<string>();
  const projects = projectCardViewsFromDocument(document).map((card, index): EventProjectView => {
    const project = document.projects![index]!; // the builder keeps the document's order
    const own = lists.filter((list) => !claimed.has(list.id) && (list.id === project.objectiveListId || list.projectId === project.id));
    // The list the card summarises comes first, then the others in document order.
    own.sort((a, b) => Number(b.id === project.objectiveListId) - Number(a.id === project.objectiveListId));
    for (const list of own) claimed.add(list.id);
    return { card: linkToList(card), lists: own };
  });
  return {
    document,
    header: eventHeaderViewFromDocument(document),
    sessionCount: sessions.length,
    speakers,
    projects,
    otherLists: lists.filter((list) => !claimed.has(list.id)),
    calls: document.fundingCalls ?? [],
  };
}

/** Whether a section has anything to show. */
export function sectionHasData(view: EventPageView, section: EventSection): boolean {
  switch (section) {
    case 'header':
      return true;
    case 'agenda':
      return view.sessionCount > 0;
    case 'speakers':
      return view.speakers.length > 0;
    case 'projects':
      return view.projects.length > 0 || view.otherLists.length > 0;
    case 'calls':
      return view.calls.length > 0;
  }
}

/**
 * The sections to render: the requested ones in their order (a requested section without data is
 * left out: an empty heading helps nobody), or every section with data in the default order.
 */
export function sectionsToShow(view: EventPageView, requested: readonly EventSection[] | null): EventSection[] {
  return (requested ?? EVENT_SECTIONS).filter((section) => sectionHasData(view, section));
}

/**
 * The id a fragment (`#trace-kei-objectives`, with or without the `#`) names, percent-decoded;
 * `null` for an empty fragment or one that is not valid percent-encoding.
 */
export function fragmentId(hash: string): string | null {
  try {
    const id = decodeURIComponent(hash.startsWith('#') ? hash.slice(1) : hash);
    return id === '' ? null : id;
  } catch {
    return null;
  }
}
