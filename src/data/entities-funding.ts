/**
 * The funding call (what `<cluster-funding-call-banner>` takes, and an item of the document's
 * `fundingCalls`) and its parser: see entities.ts.
 */
import { DATE, entity, ID, INSTANT, instantMs, MONEY, NAME, NUM, oneOf, PROGRAMME, STR, TEXT, URL, WHEN, ZONE, type Rule } from './entities.js';
import { quote, type Problems } from './validate.js';
import { calendarDay, parseInstant } from './time.js';
import { parseWith, pathOf } from './walk.js';
import { CALL_STATUS_OVERRIDES, type FundingCall } from './types.js';

export const DEADLINE = entity(
  'a deadline',
  {
    at: { ...INSTANT, r: 1 },
    label: TEXT,
    previousAt: INSTANT,
  },
  { needs: 'a valid "at" date-time' },
);

export const CALL_BUDGET = entity('a budget', {
  total: { k: 'obj', e: MONEY },
  alternate: { k: 'list', e: MONEY },
  perProjectMax: { k: 'obj', e: MONEY },
});

/**
 * A funding call's dates. Deadlines are sorted by time; one before the opening is ignored (an
 * `opens` date means midnight in the call's zone). A call without a valid deadline is kept only
 * when it says when it opens (`opens`, `opensEstimate` or `opensBy`): it is then forthcoming. An
 * `opensBy` beside `opens` says nothing more: the status reads `opens` only (see callStatus).
 */
const callDates: Rule = ({ out, at, problems }) => {
  const { opens, timeZone } = out as { opens?: string; timeZone?: string };
  const deadlines = ((out.deadlines ?? []) as { at: string }[])
    .filter((d, i) => {
      if (opens === undefined) return true;
      const before = /^\d{4}-\d{2}-\d{2}$/.test(opens)
        ? timeZone !== undefined && calendarDay(parseInstant(d.at)!, timeZone) < opens
        : instantMs(d.at) < instantMs(opens);
      if (before) {
        problems.push({
          path: `${pathOf(d) ?? `${at('deadlines')}[${i}]`}.at`,
          message: `${quote(d.at)} is before the opening ${quote(opens)}; it is ignored`,
        });
      }
      return !before;
    })
    .map((d, index) => ({ d, index, t: instantMs(d.at) }))
    .sort((a, b) => a.t - b.t || a.index - b.index)
    .map((x) => x.d);
  out.deadlines = deadlines;
  if (deadlines.length > 0 || opens !== undefined || out.opensEstimate !== undefined || out.opensBy !== undefined) return;
  problems.push({ path: at(''), message: 'left out: a funding call needs at least one valid deadline, or opens, opensEstimate or opensBy' });
  return false;
};

export const FUNDING_CALL = entity(
  'a funding call',
  {
    id: ID,
    identifier: STR,
    title: NAME,
    summary: TEXT,
    programme: { k: 'obj', e: PROGRAMME },
    timeZone: { ...ZONE, r: 1 },
    opens: WHEN,
    opensEstimate: TEXT,
    opensBy: DATE,
    deadlines: { k: 'list', e: DEADLINE },
    statusOverride: oneOf(CALL_STATUS_OVERRIDES),
    closingSoonDays: { ...NUM, min: 0, max: 366 },
    budget: { k: 'obj', e: CALL_BUDGET },
    applyUrl: URL,
    infoUrl: URL,
  },
  { needs: 'an id, a title and a timeZone', rule: callDates },
);

/**
 * A funding call. Deadlines are sorted by `at`; one before the opening is ignored. A call without
 * any valid deadline is kept only when it says when it opens (`opens`, `opensEstimate` or `opensBy`), since it
 * is then forthcoming. Every field is checked even when the call is left out, so that an editor
 * sees all its problems at once.
 */
export function parseFundingCall(v: unknown, path: string, problems: Problems): FundingCall | undefined {
  return parseWith(FUNDING_CALL, v, path, problems);
}
