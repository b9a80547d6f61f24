/**
 * `cluster-events`, the package's command line (`npx @cluster-events/components validate event.json`).
 * Built by Vite into dist/cli.js (`vite build --mode cli`), a single Node module with jsonc-parser
 * inside and no Lit, so installing the package adds no dependency for it.
 *
 * Exit codes: 0 done, 1 problems found (or nothing could be made), 2 usage error or unreadable file.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { convert, ics, UsageError, validate, type Io } from './commands.js';

const HELP = `Usage: cluster-events <command> [options] <file>

Commands:
  validate <file>...       Check event documents with the elements' own rules. Prints each
                           problem as file:line:column: path: message; exit code 1 when there
                           are problems, 0 when there are none.
  convert <schedule.json>  Write the event document of a frab / pretalx schedule.json to
                           standard output; problems go to standard error.
  ics <event.json>         Write the programme as an iCalendar file (one entry per timed session,
                           or the event when no session has a time) to standard output.

Options:
  --json           validate: print the problems as a JSON array of
                   {file, path, message, line, column} (an empty array when there are none)
  --lang <code>    ics: language of the text (default: the document's lang)
  --name <text>    ics: the calendar's name, shown for a subscription
  --event          ics: only the event itself, not an entry per session
  -h, --help       show this help
  -v, --version    show the version

A file named - is read from standard input. Exit codes: 0 done, 1 problems (or no document could
be made), 2 usage error or unreadable file. When SOURCE_DATE_EPOCH is set, ics writes it as the
time stamp (DTSTAMP), so a build makes the same file twice.

Examples:
  cluster-events validate event.json
  cluster-events convert schedule.json > event.json
  cluster-events ics event.json > programme.ics`;

const OPTIONS = {
  json: { type: 'boolean' },
  lang: { type: 'string' },
  name: { type: 'string' },
  event: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Which options each command takes (the others are a usage error there). */
const COMMAND_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  validate: ['json'],
  convert: [],
  ics: ['lang', 'name', 'event'],
};

/** Runs the command line and returns its exit code. */
export function main(args: readonly string[], io: Io): number {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
    const [command, ...files] = positionals;
    if (values.version) {
      io.out(version());
      return 0;
    }
    if (values.help || command === 'help') {
      io.out(HELP);
      return 0;
    }
    if (command === undefined) {
      io.err(HELP);
      return 2;
    }
    const allowed = COMMAND_OPTIONS[command];
    if (!allowed) throw new UsageError(`unknown command "${command}" (commands: validate, convert, ics)`);
    const wrong = Object.keys(values).filter((key) => !allowed.includes(key));
    if (wrong.length > 0) throw new UsageError(`${wrong.map((k) => `--${k}`).join(', ')} cannot be used with ${command}`);
    if (files.length === 0) throw new UsageError(`${command} needs a file`);
    if (command === 'validate') return validate(files, { json: values.json === true }, io);
    if (files.length > 1) throw new UsageError(`${command} takes one file, not ${files.length}`);
    const file = files[0]!;
    if (command === 'convert') return convert(file, io);
    return ics(
      file,
      {
        ...(values.lang ? { lang: values.lang } : {}),
        ...(values.name ? { calendarName: values.name } : {}),
        eventOnly: values.event === true,
        ...sourceDate(),
      },
      io,
    );
  } catch (error) {
    const parseError = error instanceof TypeError && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
    if (!(error instanceof UsageError) && !parseError) throw error;
    io.err(`cluster-events: ${error.message}\nRun cluster-events --help for usage.`);
    return 2;
  }
}

/** The package's version, from the package.json next to dist/. */
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL(/* @vite-ignore */ '../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** `now` from SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention. */
function sourceDate(): { now?: Date } {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return {};
  if (!/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
  return { now: new Date(Number(epoch) * 1000) };
}

const io: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

// Output piped into a program that stops reading (`| head`) is not an error of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = main(process.argv.slice(2), io);
