/**
 * The speaker views' builders and checkers (types in people-view.ts): what `<cluster-speaker-block>`
 * and `<cluster-speaker-list>` take, made from an event document or cleaned from hand-written
 * views, every problem reported with its path.
 */
import type { Entity } from './entities.js';
import { SPEAKER_VIEW } from './entities-speaker.js';
import { parseListWith, parseWith, pathOf } from './walk.js';
import type { EventDocument, Organization, ParseResult, Person } from './types.js';
import { compact, isRecord, type Problems } from './validate.js';
import type { OrganizationRef, SpeakerSessionView, SpeakerView } from './people-view.js';

function organizationRef(person: Person, organizations: Map<string, Organization>): OrganizationRef | undefined {
  const org = person.organizationId ? organizations.get(person.organizationId) : undefined;
  if (org) return org.url ? { name: org.name, url: org.url } : { name: org.name };
  if (person.affiliation) return { name: person.affiliation };
  return undefined;
}

/** One person of a document with their organisation and the sessions they take part in resolved. */
export function speakerViewFromPerson(person: Person, document: EventDocument): SpeakerView {
  const organizations = new Map((document.organizations ?? []).map((o) => [o.id, o]));
  return buildSpeaker(person, document, organizations);
}

function buildSpeaker(person: Person, document: EventDocument, organizations: Map<string, Organization>): SpeakerView {
  const event = document.event;
  const sessions: SpeakerSessionView[] = [];
  for (const session of event.sessions ?? []) {
    const part = session.participants?.find((p) => p.personId === person.id);
    if (!part) continue;
    const timed = session.start && session.end;
    sessions.push({
      id: session.id,
      title: session.title,
      ...compact({ start: timed && session.start, end: timed && session.end, url: session.url }, true),
      timeZone: event.timeZone,
      role: part.role,
    });
  }
  return {
    id: person.id,
    ...compact(
      {
        name: person.name,
        jobTitle: person.jobTitle,
        organization: organizationRef(person, organizations),
        photo: person.photo,
        bio: person.bio,
        links: person.links,
        sessions,
      },
      true,
    ),
    lang: document.lang,
    ...(document.textFormat ? { textFormat: document.textFormat } : {}),
  };
}

/**
 * The people of a document as speaker views, in the document's order: those who take part in at
 * least one session (any role), or everyone with `allPeople`.
 */
export function speakerViewsFromDocument(document: EventDocument, options: { allPeople?: boolean } = {}): SpeakerView[] {
  const organizations = new Map((document.organizations ?? []).map((o) => [o.id, o]));
  const taking = new Set<string>();
  for (const session of document.event.sessions ?? []) {
    for (const p of session.participants ?? []) taking.add(p.personId);
  }
  return (document.people ?? []).filter((person) => options.allPeople || taking.has(person.id)).map((person) => buildSpeaker(person, document, organizations));
}

/**
 * Gives each timed session of a speaker view its zone: its own, else `fallbackZone`, else UTC
 * (reported). Rule of the speaker view, in one place for a document's people and hand-written ones.
 */
function sessionZones(view: SpeakerView, fallbackZone: string | undefined, problems: Problems): void {
  for (const session of view.sessions ?? []) {
    session.timeZone ??= fallbackZone;
    if (session.start === undefined || session.timeZone !== undefined) continue;
    const path = `${pathOf(session)}.timeZone`;
    const unusable = problems.find((p) => p.path === path);
    if (unusable) unusable.message += '; times are shown in UTC';
    else problems.push({ path, message: 'is missing while the session has times; they are shown in UTC' });
    session.timeZone = 'UTC';
  }
}

/** The speaker view without the need for a name, job title or organisation (attributes may give them). */
const SPEAKER_VIEW_PARTIAL: Entity = { ...SPEAKER_VIEW, any: undefined, needs: undefined };

/**
 * Checks a hand-written speaker view against the speaker view of entities.ts. Unusable fields
 * are dropped and reported; the value is `null` when it is not an object or (unless
 * `requireIdentity` is false) has nothing to show a person by: no name, job title or
 * organisation. `fallbackZone` is used for sessions without a zone.
 */
export function checkSpeakerView(
  value: unknown,
  path = 'speaker',
  options: { fallbackZone?: string; requireIdentity?: boolean } = {},
): ParseResult<SpeakerView> {
  const { fallbackZone, requireIdentity = true } = options;
  const problems: Problems = [];
  const entity = requireIdentity ? SPEAKER_VIEW : SPEAKER_VIEW_PARTIAL;
  const view = parseWith<SpeakerView>(entity, value, path, problems);
  if (!view) return { value: isRecord(value) && !requireIdentity ? {} : null, problems };
  sessionZones(view, fallbackZone, problems);
  return { value: view, problems };
}

/** Checks a list of speaker views; unusable entries are left out and reported. */
export function checkSpeakerViews(value: unknown, path = 'speakers'): ParseResult<SpeakerView[]> {
  const problems: Problems = [];
  const speakers = parseListWith<SpeakerView>(SPEAKER_VIEW, value, path, problems);
  for (const view of speakers ?? []) sessionZones(view, undefined, problems);
  return { value: speakers ?? null, problems };
}
