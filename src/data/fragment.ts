import { encodeUriPart } from './url.js';

/**
 * Filter state of an agenda in the URL fragment, so a filtered view can be shared and restored.
 *
 * The fragment is a list of parts joined by `&`. A part `<key>=<state>` belongs to the element
 * whose id is `<key>` (`agenda` for an element without id); any other part (a deep link such as
 * `session-42`, another element's state) is kept as it is. A state lists fields joined by `;`:
 *
 *     #agenda=track:innovation,funding;room:hall-a;q:reef;fav:1
 *     #session-opening&programme=q:blue%20economy
 *
 * Ids and words are percent-encoded, so `,` `;` `&` `=` inside them are safe.
 */

export interface FragmentFilterState {
  tracks: string[];
  rooms: string[];
  query: string;
  onlyFavorites: boolean;
}

/** The state with nothing filtered. */
export function emptyFilterState(): FragmentFilterState {
  return { tracks: [], rooms: [], query: '', onlyFavorites: false };
}

/** True when nothing is filtered. */
export function isEmptyFilterState(state: FragmentFilterState): boolean {
  return state.tracks.length === 0 && state.rooms.length === 0 && state.query.trim() === '' && !state.onlyFavorites;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function parts(hash: string): string[] {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  return body === '' ? [] : body.split('&');
}

function partKey(part: string): string | null {
  const eq = part.indexOf('=');
  return eq > 0 ? decode(part.slice(0, eq)) : null;
}

/** The fragment key of an element: its id, else `agenda`. */
export function fragmentKey(elementId: string | null | undefined): string {
  return elementId && elementId.trim() !== '' ? elementId : 'agenda';
}

/** The state stored under `key` in the fragment, or `null` when the fragment holds none for it. */
export function readFilterState(hash: string, key: string): FragmentFilterState | null {
  const part = parts(hash).find((p) => partKey(p) === key);
  if (part === undefined) return null;
  const state = emptyFilterState();
  for (const field of part.slice(part.indexOf('=') + 1).split(';')) {
    const colon = field.indexOf(':');
    if (colon < 0) continue;
    const name = field.slice(0, colon);
    const value = field.slice(colon + 1);
    const list = (): string[] => [
      ...new Set(
        value
          .split(',')
          .map(decode)
          .filter((v) => v !== ''),
      ),
    ];
    if (name === 'track') state.tracks = list();
    else if (name === 'room') state.rooms = list();
    else if (name === 'q') state.query = decode(value);
    else if (name === 'fav') state.onlyFavorites = value === '1';
  }
  return state;
}

/** The state as a fragment value (`track:a,b;q:reef`), `''` when nothing is filtered. */
export function formatFilterState(state: FragmentFilterState): string {
  const fields: string[] = [];
  const enc = encodeUriPart;
  if (state.tracks.length > 0) fields.push(`track:${state.tracks.map(enc).join(',')}`);
  if (state.rooms.length > 0) fields.push(`room:${state.rooms.map(enc).join(',')}`);
  if (state.query.trim() !== '') fields.push(`q:${enc(state.query.trim())}`);
  if (state.onlyFavorites) fields.push('fav:1');
  return fields.join(';');
}

/**
 * The fragment with the state under `key` replaced (or removed when nothing is filtered), every
 * other part kept in place. Returns `''` (no fragment) or a string starting with `#`.
 */
export function writeFilterState(hash: string, key: string, state: FragmentFilterState): string {
  const value = formatFilterState(state);
  const own = value === '' ? null : `${encodeUriPart(key)}=${value}`;
  const result: string[] = [];
  let placed = false;
  for (const part of parts(hash)) {
    if (partKey(part) === key) {
      if (own && !placed) result.push(own);
      placed = true;
    } else if (part !== '') {
      result.push(part);
    }
  }
  if (own && !placed) result.push(own);
  return result.length === 0 ? '' : `#${result.join('&')}`;
}

/** The session id of a `#session-<id>` deep link anywhere in the fragment, or `null`. */
export function deepLinkedSession(hash: string): string | null {
  for (const part of parts(hash)) {
    if (part.startsWith('session-') && partKey(part) === null) {
      const id = decode(part.slice('session-'.length));
      if (id !== '') return id;
    }
  }
  return null;
}
