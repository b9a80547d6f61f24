/**
 * An RFC 5545 checker for the calendars this library writes: CRLF line ends and nothing else,
 * 75-octet folding, content-line syntax, BEGIN/END balance, required properties per component,
 * TZID references resolved, and only the properties the exporter is known to write (so a value
 * from data can never start a property of its own). Returns every violation found, as text.
 */

const ALLOWED: Readonly<Record<string, ReadonlySet<string>>> = {
  VCALENDAR: new Set(['VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'NAME', 'X-WR-CALNAME', 'X-WR-TIMEZONE']),
  VEVENT: new Set([
    'UID',
    'DTSTAMP',
    'DTSTART',
    'DTEND',
    'DURATION',
    'SUMMARY',
    'DESCRIPTION',
    'LOCATION',
    'URL',
    'STATUS',
    'TRANSP',
    'CATEGORIES',
    'SEQUENCE',
    'ORGANIZER',
    'CLASS',
    'GEO',
  ]),
  VTIMEZONE: new Set(['TZID', 'LAST-MODIFIED', 'TZURL']),
  STANDARD: new Set(['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO', 'TZNAME', 'RRULE', 'RDATE']),
  DAYLIGHT: new Set(['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO', 'TZNAME', 'RRULE', 'RDATE']),
  VALARM: new Set(['ACTION', 'TRIGGER', 'DESCRIPTION', 'SUMMARY', 'DURATION', 'REPEAT']),
};
const PARENTS: Readonly<Record<string, string | null>> = {
  VCALENDAR: null,
  VEVENT: 'VCALENDAR',
  VTIMEZONE: 'VCALENDAR',
  STANDARD: 'VTIMEZONE',
  DAYLIGHT: 'VTIMEZONE',
  VALARM: 'VEVENT',
};
const REQUIRED: Readonly<Record<string, readonly string[]>> = {
  VCALENDAR: ['VERSION', 'PRODID'],
  VEVENT: ['UID', 'DTSTAMP', 'DTSTART'],
  VTIMEZONE: ['TZID'],
  STANDARD: ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO'],
  DAYLIGHT: ['DTSTART', 'TZOFFSETFROM', 'TZOFFSETTO'],
  VALARM: ['ACTION', 'TRIGGER'],
};
/** Properties that may appear at most once in their component. */
const ONCE = new Set([
  'VERSION',
  'PRODID',
  'CALSCALE',
  'METHOD',
  'UID',
  'DTSTAMP',
  'DTSTART',
  'DTEND',
  'DURATION',
  'SUMMARY',
  'DESCRIPTION',
  'LOCATION',
  'GEO',
  'URL',
  'STATUS',
  'TRANSP',
  'TZID',
  'TZOFFSETFROM',
  'TZOFFSETTO',
  'ACTION',
  'TRIGGER',
]);

const encoder = new TextEncoder();
// eslint-disable-next-line no-control-regex -- RFC 5545: parameter values exclude control characters
const NAME = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"\u0000-\u001f]*"|[^";:,\u0000-\u001f]*)(?:,(?:"[^"\u0000-\u001f]*"|[^";:,\u0000-\u001f]*))*)*):(.*)$/s;
const DATE_TIME = /^\d{8}T\d{6}Z?$/;
const DATE = /^\d{8}$/;
const OFFSET = /^[+-]\d{4}(\d{2})?$/;

export interface ContentLine {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** Checks an iCalendar text; returns the list of violations (empty when valid). */
export function validateICalendar(ics: string): string[] {
  const errors: string[] = [];
  if (!ics.endsWith('\r\n')) errors.push('does not end with CRLF');
  const physical = ics.split('\r\n');
  if (physical[physical.length - 1] === '') physical.pop();
  physical.forEach((line, i) => {
    if (/[\r\n]/.test(line)) errors.push(`line ${i + 1} holds a bare CR or LF: ${JSON.stringify(line.slice(0, 80))}`);
    const octets = encoder.encode(line).length;
    if (octets > 75) errors.push(`line ${i + 1} is ${octets} octets long (max 75)`);
    // eslint-disable-next-line no-control-regex -- RFC 5545 content lines hold no control character but tab
    if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(line)) errors.push(`line ${i + 1} holds a control character`);
    if (/[\uD800-\uDFFF]/.test(line.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) errors.push(`line ${i + 1} holds a lone surrogate`);
  });
  // Unfold: a line starting with a space or tab continues the previous one.
  const lines: string[] = [];
  for (const line of physical) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const stack: { name: string; props: Map<string, number>; lines: ContentLine[]; children: string[] }[] = [];
  const tzids = new Set<string>();
  const referenced = new Set<string>();
  let calendars = 0;
  for (const [i, raw] of lines.entries()) {
    const m = NAME.exec(raw);
    if (!m) {
      errors.push(`content line ${i + 1} is not NAME[;PARAM=VALUE]:VALUE: ${JSON.stringify(raw.slice(0, 80))}`);
      continue;
    }
    const name = m[1]!.toUpperCase();
    const params: Record<string, string> = {};
    for (const p of (m[2] ?? '').split(';').slice(1)) {
      const eq = p.indexOf('=');
      params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1);
    }
    const value = m[3]!;
    if (name === 'BEGIN') {
      const parent = stack[stack.length - 1]?.name ?? null;
      if (!(value in PARENTS)) errors.push(`unknown component BEGIN:${value}`);
      else if (PARENTS[value] !== parent) errors.push(`BEGIN:${value} inside ${parent ?? 'nothing'}`);
      if (value === 'VCALENDAR') calendars++;
      stack[stack.length - 1]?.children.push(value);
      stack.push({ name: value, props: new Map(), lines: [], children: [] });
      continue;
    }
    if (name === 'END') {
      const top = stack.pop();
      if (!top || top.name !== value) {
        errors.push(`END:${value} closes ${top?.name ?? 'nothing'}`);
        continue;
      }
      for (const required of REQUIRED[top.name] ?? []) {
        if (!top.props.has(required)) errors.push(`${top.name} lacks ${required}`);
      }
      if (top.name === 'VEVENT' && top.props.has('DTEND') && top.props.has('DURATION')) errors.push('VEVENT has both DTEND and DURATION');
      if (top.name === 'VTIMEZONE' && !top.children.some((c) => c === 'STANDARD' || c === 'DAYLIGHT')) errors.push('VTIMEZONE without STANDARD or DAYLIGHT');
      if (top.name === 'VALARM') {
        const action = top.lines.find((l) => l.name === 'ACTION')?.value;
        if (action === 'DISPLAY' && !top.props.has('DESCRIPTION')) errors.push('DISPLAY VALARM lacks DESCRIPTION');
      }
      continue;
    }
    const component = stack[stack.length - 1];
    if (!component) {
      errors.push(`${name} outside any component`);
      continue;
    }
    const allowed = ALLOWED[component.name];
    if (allowed && !allowed.has(name)) errors.push(`unexpected property ${name} in ${component.name}: ${JSON.stringify(raw.slice(0, 80))}`);
    const count = (component.props.get(name) ?? 0) + 1;
    component.props.set(name, count);
    component.lines.push({ name, params, value });
    if (count > 1 && ONCE.has(name)) errors.push(`${name} appears ${count} times in one ${component.name}`);
    if (name === 'TZID' && component.name === 'VTIMEZONE') tzids.add(value);
    if (params['TZID'] !== undefined) referenced.add(params['TZID'].replace(/^"|"$/g, ''));
    if (name === 'VERSION' && value !== '2.0') errors.push(`VERSION is ${value}`);
    if (['DTSTART', 'DTEND', 'DTSTAMP'].includes(name)) {
      const isDate = params['VALUE'] === 'DATE';
      if (isDate ? !DATE.test(value) : !DATE_TIME.test(value)) errors.push(`${name} has a malformed value ${JSON.stringify(value)}`);
      if (!isDate && component.name !== 'STANDARD' && component.name !== 'DAYLIGHT' && !value.endsWith('Z') && params['TZID'] === undefined) {
        errors.push(`${name} is a floating local time ${value}`);
      }
      if (name === 'DTSTAMP' && !value.endsWith('Z')) errors.push('DTSTAMP is not in UTC');
    }
    if ((name === 'TZOFFSETFROM' || name === 'TZOFFSETTO') && !OFFSET.test(value)) errors.push(`${name} has a malformed value ${value}`);
    // RFC 5545 3.8.1.6: two FLOATs, latitude;longitude, within range.
    if (name === 'GEO') {
      const [lat, lon, extra] = value.split(';');
      const float = /^[+-]?\d+(\.\d+)?$/;
      if (extra !== undefined || !float.test(lat ?? '') || !float.test(lon ?? '') || Math.abs(Number(lat)) > 90 || Math.abs(Number(lon)) > 180) {
        errors.push(`GEO has a malformed value ${JSON.stringify(value)}`);
      }
    }
  }
  if (stack.length > 0) errors.push(`unclosed: ${stack.map((s) => s.name).join(', ')}`);
  if (calendars !== 1) errors.push(`${calendars} VCALENDAR components`);
  if (lines[0] !== 'BEGIN:VCALENDAR') errors.push('does not start with BEGIN:VCALENDAR');
  for (const tz of referenced) if (!tzids.has(tz)) errors.push(`TZID=${tz} has no VTIMEZONE`);
  return errors;
}

/** The unfolded content lines of an iCalendar text (for assertions on values). */
export function contentLines(ics: string): ContentLine[] {
  const out: ContentLine[] = [];
  const unfolded = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  for (const raw of unfolded) {
    const m = NAME.exec(raw);
    if (!m) continue;
    const params: Record<string, string> = {};
    for (const p of (m[2] ?? '').split(';').slice(1)) {
      const eq = p.indexOf('=');
      params[p.slice(0, eq).toUpperCase()] = p.slice(eq + 1);
    }
    out.push({ name: m[1]!.toUpperCase(), params, value: m[3]! });
  }
  return out;
}
