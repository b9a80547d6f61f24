/**
 * The entities of the speaker view (what `<cluster-speaker-block>` and `<cluster-speaker-list>`
 * take): see entities.ts.
 */
import { ANY_ID, entity, IMAGE, INSTANT, LANG, LINK, NAME, oneOf, sessionTimes, STR, TEXT, URL, ZONE } from './entities.js';
import { PARTICIPANT_ROLES, TEXT_FORMATS } from './types.js';

export const ORGANIZATION_REF = entity('an organization', { name: NAME, url: URL }, { needs: 'a name' });

export const SPEAKER_SESSION = entity(
  'a session',
  {
    id: ANY_ID,
    title: NAME,
    start: INSTANT,
    end: INSTANT,
    timeZone: ZONE,
    url: URL,
    role: oneOf(PARTICIPANT_ROLES),
  },
  { needs: 'a title', rule: sessionTimes },
);

export const SPEAKER_VIEW = entity(
  'a person',
  {
    id: ANY_ID,
    name: STR,
    jobTitle: TEXT,
    organization: { k: 'obj', e: ORGANIZATION_REF, or: 'str' },
    url: URL,
    photo: { k: 'obj', e: IMAGE },
    bio: TEXT,
    links: { k: 'list', e: LINK, or: 'url', wrap: 'url', ne: 1 },
    sessions: { k: 'list', e: SPEAKER_SESSION, ne: 1 },
    lang: LANG,
    textFormat: oneOf(TEXT_FORMATS),
  },
  { needs: 'a name, a job title or an organisation', any: ['name', 'jobTitle', 'organization'] },
);
