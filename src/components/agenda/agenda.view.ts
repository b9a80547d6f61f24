/**
 * From `<cluster-agenda>`'s input to what it shows, without Lit: reading its `data`, and building
 * the programme's view.
 *
 * Validating an agenda's `data` again after an edit without validating all of it again.
 *
 * Editors (a CMS preview, a live schedule) replace the document with a copy in which one session
 * changed and every other object is shared. Full validation of a 1000-session document costs many
 * milliseconds; {@link DocumentReader} notices that only some sessions are new objects, validates
 * just those with the same `parseSession` and the same references the full parse uses, and keeps
 * the other sessions' validated objects, so views built from them are reused as well. Whenever an
 * edit is anything else (other fields, added or removed sessions, a changed id, a session the
 * full parse had left out, a problem that appears or goes away), it validates everything, so the
 * result always equals a full parse.
 */
import type { AgendaView, AgendaViewBuilder } from '../../data/agenda-view.js';
import type { FragmentFilterState } from '../../data/fragment.js';
import { documentRefs, parseSession, type DocumentRefs } from '../../data/parse.js';
import type { DataProblem, EventDocument, Session } from '../../data/types.js';
import { readEventData } from '../../base/load.js';

type Result = { document: EventDocument | null; problems: DataProblem[] };

interface Remembered {
  input: Record<string, unknown>;
  event: Record<string, unknown>;
  sessions: readonly unknown[];
  result: Result & { document: EventDocument };
  refs: DocumentRefs;
}

/** More changed sessions than this: validate everything (the bookkeeping would not pay off). */
const MAX_CHANGED = 32;
const SESSION_PATH = /^event\.sessions\[(\d+)\]/;

function plainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when both objects have the same keys with identical (===) values, except `except`. */
function sameExcept(a: Record<string, unknown>, b: Record<string, unknown>, except: string): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => key === except || (Object.prototype.hasOwnProperty.call(b, key) && a[key] === b[key]));
}

/** Reads successive versions of an agenda's data; keep one per element. */
export class DocumentReader {
  private last: Remembered | null = null;

  /**
   * The validated document and its problems, exactly as a full parse would give them; a promise
   * of them for a frab / pretalx schedule (whose converter loads on first use).
   */
  read(input: unknown): Result | Promise<Result> {
    if (this.last && input === this.last.input) return this.last.result;
    let result: Result | null;
    try {
      result = this.last ? this.readEdit(this.last, input) : null;
    } catch {
      // An exotic input (a throwing getter, a proxy): the full parse reports it properly.
      result = null;
    }
    if (!result) {
      const read = readEventData(input);
      if (read instanceof Promise) {
        this.last = null;
        return read;
      }
      result = read;
    }
    this.remember(input, result);
    return result;
  }

  private remember(input: unknown, result: Result): void {
    this.last = null;
    const document = result.document;
    if (!document || !plainRecord(input) || !plainRecord(input['event'])) return;
    const event = input['event'];
    const sessions = event['sessions'];
    // Only when every raw session became one validated session, in order (none was left out).
    if (!Array.isArray(sessions) || sessions.length !== (document.event.sessions ?? []).length) return;
    this.last = { input, event, sessions, result: result as Remembered['result'], refs: documentRefs(document) };
  }

  private readEdit(last: Remembered, input: unknown): Result | null {
    if (!plainRecord(input) || !sameExcept(input, last.input, 'event')) return null;
    const event = input['event'];
    if (!plainRecord(event) || !sameExcept(event, last.event, 'sessions')) return null;
    const sessions = event['sessions'];
    if (!Array.isArray(sessions) || sessions.length !== last.sessions.length) return null;
    const changed: number[] = [];
    for (let i = 0; i < sessions.length; i++) {
      if (sessions[i] !== last.sessions[i] && changed.push(i) > MAX_CHANGED) return null;
    }
    const previous = last.result.document.event.sessions ?? [];
    const next: Session[] = [...previous];
    const fresh = new Map<number, DataProblem[]>();
    for (const i of changed) {
      const problems: DataProblem[] = [];
      const session = parseSession(sessions[i], `event.sessions[${i}]`, problems, last.refs);
      if (!session || session.id !== previous[i]!.id) return null;
      next[i] = session;
      fresh.set(i, problems);
    }
    // New or fixed problems: validate everything, so they are reported in the full parse's order.
    if (!sameProblems(last.result.problems, fresh)) return null;
    const document: EventDocument = { ...last.result.document, event: { ...last.result.document.event, sessions: next } };
    return { document, problems: last.result.problems };
  }
}

/** True when the re-validated sessions have exactly the problems they had before. */
function sameProblems(previous: readonly DataProblem[], fresh: ReadonlyMap<number, DataProblem[]>): boolean {
  for (const [i, list] of fresh) {
    const old = previous.filter((p) => SESSION_PATH.exec(p.path)?.[1] === String(i));
    if (old.length !== list.length || old.some((p, k) => p.path !== list[k]!.path || p.message !== list[k]!.message)) return false;
  }
  return true;
}

/** What the programme's view is built from (the element remakes it only when one of these changed). */
export interface ProgrammeInputs {
  zone: string;
  lang: string;
  filters: FragmentFilterState;
  favorites: ReadonlySet<string>;
}

/** The programme's view for the filters and favourites in effect, from the element's own builder. */
export function programmeView(builder: AgendaViewBuilder, document: EventDocument, { zone, lang, filters, favorites }: ProgrammeInputs): AgendaView {
  // The group without a track is named by the builder from the catalogs in `lang` ("Other sessions", "Programme").
  return builder.build(document, { timeZone: zone, lang, filters, favorites, onlyFavorites: filters.onlyFavorites });
}
