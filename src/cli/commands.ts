/**
 * The commands of `cluster-events`: `validate`, `convert` and `ics`. Each reads its file, uses the
 * package's own functions (the same rules as the elements: parseEventDocument, fromFrabSchedule,
 * toICalendar) and returns its exit code: 0 done, 1 problems (or nothing could be made).
 * Unreadable files throw a {@link UsageError} (exit code 2).
 */
import { readFileSync } from 'node:fs';
import { parseEventDocument } from '../data/parse.js';
import { resolveText } from '../data/text.js';
import type { EventDocument } from '../data/types.js';
import { fromFrabSchedule } from '../export/frab.js';
import { isFrabSchedule } from '../export/frab-shape.js';
import type { ICalendarOptions } from '../export/ical.js';
import { icsForEvent, toICalendar } from '../export/ical-markdown.js';
import { readJsonSource, type JsonSource } from './json-source.js';
import { countText, groupedLines, locateAll, problemLine, type LocatedProblem } from './report.js';

/** Where a command writes: standard output for results, standard error for problems and notes. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** A mistake in how the command was called, or a file that cannot be read: exit code 2. */
export class UsageError extends Error {}

export interface ValidateOptions {
  /** Print the problems as a JSON array instead of lines. */
  json?: boolean;
}

export interface IcsOptions {
  lang?: string;
  calendarName?: string;
  /** Only the event itself, not an entry per session. */
  eventOnly?: boolean;
  /** DTSTAMP (default: the clock). */
  now?: Date;
}

/** A problem of a file, for `validate --json`. */
interface FileProblem extends LocatedProblem {
  file: string;
}

/**
 * Checks event documents with the elements' own rules. Prints each problem as
 * `file:line:column: path: message` (in the order of the file), or one OK line per good file.
 */
export function validate(files: readonly string[], options: ValidateOptions, io: Io): number {
  const all: FileProblem[] = [];
  for (const file of files) {
    const source = readJsonSource(readInput(file));
    const { problems, document } = checkDocument(file, source);
    const located = problems.sort((a, b) => a.line - b.line || a.column - b.column);
    all.push(...located.map((p) => ({ file, ...p })));
    if (options.json) continue;
    for (const p of located) io.out(problemLine(file, p));
    if (located.length === 0 && document) io.out(`${file}: OK, ${summary(document)}`);
  }
  if (options.json) {
    io.out(
      JSON.stringify(
        all.map(({ file, path, message, line, column }) => ({ file, path, message, line, column })),
        null,
        2,
      ),
    );
  } else if (all.length > 0) {
    io.err(`${countText(all.length, 'problem')} in ${countText(new Set(all.map((p) => p.file)).size, 'file')}`);
  }
  return all.length > 0 ? 1 : 0;
}

/**
 * Writes the event document of a frab / pretalx `schedule.json` to standard output. Problems go
 * to standard error, a systematic one (same message at many paths) as one line.
 */
export function convert(file: string, io: Io): number {
  const source = readJsonSource(readInput(file));
  if (!source.ok) return syntaxError(file, source, io);
  const { document, problems } = fromFrabSchedule(source.value);
  for (const line of groupedLines(file, locateAll(problems, source.locate))) io.err(line);
  if (!document) {
    if (isEventDocument(source.value)) io.err(`${file} is already an event document; check it with: cluster-events validate ${file}`);
    return 1;
  }
  io.out(`${JSON.stringify(document, null, 2)}`);
  return 0;
}

/** Writes the iCalendar of an event document to standard output (CRLF line ends, as RFC 5545 says). */
export function ics(file: string, options: IcsOptions, io: Io): number {
  const source = readJsonSource(readInput(file));
  if (!source.ok) return syntaxError(file, source, io);
  if (isFrabSchedule(source.value)) {
    io.err(problemLine(file, { path: 'document', message: notADocument(file), ...source.locate('document') }));
    return 1;
  }
  const { document, problems } = parseEventDocument(source.value);
  for (const line of groupedLines(file, locateAll(problems, source.locate))) io.err(line);
  if (!document) return 1;
  const calendar: Omit<ICalendarOptions, 'sessionIds'> = {};
  if (options.lang) calendar.lang = options.lang;
  if (options.calendarName) calendar.calendarName = options.calendarName;
  if (options.now) calendar.now = options.now;
  io.out(options.eventOnly ? icsForEvent(document, calendar) : toICalendar(document, calendar));
  return 0;
}

// ---------------------------------------------------------------------------------------------

function checkDocument(file: string, source: JsonSource): { problems: LocatedProblem[]; document: EventDocument | null } {
  if (!source.ok) return { problems: [{ path: 'document', ...source.error }], document: null };
  if (isFrabSchedule(source.value)) {
    const at = source.locate('document');
    return { problems: [{ path: 'document', message: notADocument(file), ...at }], document: null };
  }
  const { document, problems } = parseEventDocument(source.value);
  return { problems: locateAll(problems, source.locate), document };
}

function notADocument(file: string): string {
  return `this is a frab / pretalx schedule, not an event document; make one with: cluster-events convert ${file} > event.json`;
}

function syntaxError(file: string, source: Extract<JsonSource, { ok: false }>, io: Io): number {
  io.err(problemLine(file, { path: 'document', ...source.error }));
  return 1;
}

function isEventDocument(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'event' in value;
}

/** `event "Varna 2018" with 12 sessions, 9 people, 3 projects`. */
function summary(document: EventDocument): string {
  const name = resolveText(document.event.name, document.lang ?? 'en');
  const counts: [number | undefined, string][] = [
    [document.event.sessions?.length, 'session'],
    [document.people?.length, 'person'],
    [document.organizations?.length, 'organization'],
    [document.projects?.length, 'project'],
    [document.objectiveLists?.length, 'objective list'],
    [document.fundingCalls?.length, 'funding call'],
  ];
  const parts = counts.filter(([n]) => n).map(([n, noun]) => (noun === 'person' ? `${n} ${n === 1 ? 'person' : 'people'}` : countText(n!, noun)));
  return `event ${JSON.stringify(name)}${parts.length > 0 ? ` with ${parts.join(', ')}` : ''}`;
}

/** The text of a file, or of standard input for `-`. */
function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
}
