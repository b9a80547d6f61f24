/**
 * The agenda track view (what `<cluster-agenda-track>` takes, and what `<cluster-agenda>` makes of
 * a document for its tracks): see entities.ts.
 */
import { ANY_ID, entity, LANG, oneOf, sessionTimes, STR, TEXT, ZONE, type Rule } from './entities.js';
import { COLOR, SESSION_COMMON } from './entities-programme.js';
import { PARTICIPANT_ROLES, TEXT_FORMATS } from './types.js';

/** A person as shown next to a session in a track: at least a name, a job title or an organisation. */
export const SPEAKER_REF = entity(
  'a person',
  {
    id: ANY_ID,
    name: STR,
    jobTitle: TEXT,
    organization: TEXT,
    role: oneOf(PARTICIPANT_ROLES),
  },
  { needs: 'a name, a job title or an organisation', any: ['name', 'jobTitle', 'organization'] },
);

/** A session of a track view: a document's session with its room by name and its speakers embedded. */
export const SESSION_VIEW = entity(
  'a session',
  {
    ...SESSION_COMMON,
    room: TEXT,
    speakers: { k: 'list', e: SPEAKER_REF },
  },
  { needs: 'an id and a title', rule: sessionTimes, memo: 1 },
);

/**
 * A track view's zone: required once a session has a time (a programme without a timetable needs
 * none); without it times are shown in UTC.
 */
const trackZone: Rule = ({ out, at, problems }) => {
  if (out.timeZone !== undefined) return;
  const problem = problems.find((p) => p.path === at('timeZone'));
  if (problem) problem.message += '; times are shown in UTC';
  else if (((out.sessions ?? []) as { start?: string }[]).some((s) => s.start !== undefined)) {
    problems.push({ path: at('timeZone'), message: 'is required for sessions with times but missing; times are shown in UTC' });
  }
};

export const TRACK_VIEW = entity(
  'a track',
  {
    id: ANY_ID,
    name: { ...TEXT, r: 2 },
    description: TEXT,
    color: COLOR,
    timeZone: ZONE,
    sessions: { k: 'list', e: SESSION_VIEW, r: 2, u: 1 },
    lang: LANG,
    textFormat: oneOf(TEXT_FORMATS),
  },
  { rule: trackZone },
);
