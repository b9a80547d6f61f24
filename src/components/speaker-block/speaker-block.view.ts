/**
 * Pure helpers of `<cluster-speaker-block>`: merging the `speaker` property with the attributes,
 * the heading text of a person without a name, initials, readable link names and session times.
 */
import { checkSpeakerView, type SpeakerSessionView, type SpeakerView } from '../../data/people-view.js';
import { checkUrl } from '../../data/validate.js';
import { resolveTextIn } from '../../data/text.js';
import { calendarDay, formatDate, parseInstant } from '../../data/time.js';
import { formatTimeRange } from '../../data/time-format.js';
import type { DataProblem, LocalizedText, TextFormat } from '../../data/types.js';

/** The attribute values of a speaker block (each `undefined` when the attribute is absent). */
export interface SpeakerAttributes {
  name?: string;
  jobTitle?: string;
  organization?: string;
  organizationUrl?: string;
  photo?: string;
  photoAlt?: string;
  href?: string;
}

/** What the block shows: the resolved fields of one person, every URL already checked. */
export interface SpeakerDisplay {
  name: string;
  jobTitle: string;
  /** The language of `jobTitle` when known (see resolveTextIn); likewise for the other `...Lang` fields. */
  jobTitleLang?: string;
  organization: string;
  organizationLang?: string;
  organizationUrl?: string;
  url?: string;
  photoUrl?: string;
  /** `''` when the photo only repeats the name shown next to it. */
  photoAlt: string;
  photoAltLang?: string;
  bio: string;
  bioLang?: string;
  links: { url: string; text: string; lang?: string }[];
  sessions: SpeakerSessionView[];
  /** Default content language of the data, for the session titles. */
  lang?: string;
  /** `markdown` when the bio is Markdown (the view's `textFormat`), else absent: plain text. */
  textFormat?: TextFormat;
}

const blank = (s: string | undefined): string | undefined => (s && s.trim() !== '' ? s.trim() : undefined);

/**
 * Merges the property and the attributes field by field: a field given in the property wins,
 * the attribute fills in what the property leaves out. Every URL goes through safeUrl.
 */
export function mergeSpeaker(speaker: unknown, attrs: SpeakerAttributes, lang: string): { display: SpeakerDisplay | null; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  let view: SpeakerView = {};
  const given = speaker !== undefined && speaker !== null;
  if (given) {
    const checked = checkSpeakerView(speaker, 'speaker', { requireIdentity: false });
    problems.push(...checked.problems);
    view = checked.value ?? {};
  }
  const docLang = view.lang;
  // Each text with the language it is in (attributes are in the page's language: no `lang`).
  const text = (value: LocalizedText | undefined): { text: string; lang?: string } => {
    const picked = resolveTextIn(value, lang, docLang);
    return { ...picked, text: picked.text.trim() };
  };
  const org = view.organization;
  const orgName = text(typeof org === 'string' ? org : org?.name);
  const orgUrl = typeof org === 'object' ? org.url : undefined;
  const jobTitle = text(view.jobTitle);
  const alt = view.photo?.alt !== undefined ? text(view.photo.alt) : { text: blank(attrs.photoAlt) ?? '' };
  const bio = text(view.bio);
  const display: SpeakerDisplay = {
    name: view.name ?? blank(attrs.name) ?? '',
    jobTitle: jobTitle.text || (blank(attrs.jobTitle) ?? ''),
    organization: orgName.text || (blank(attrs.organization) ?? ''),
    photoAlt: alt.text,
    bio: bio.text,
    links: (view.links ?? []).map((l) => {
      const label = text(l.label);
      return label.text ? { url: l.url, ...label } : { url: l.url, text: linkName(l.url) };
    }),
    sessions: view.sessions ?? [],
    ...langs({ jobTitleLang: jobTitle, organizationLang: orgName, photoAltLang: alt, bioLang: bio }),
  };
  if (docLang) display.lang = docLang;
  if (view.textFormat === 'markdown') display.textFormat = 'markdown';
  const organizationUrl = orgUrl ?? checkUrl(blank(attrs.organizationUrl), 'organization-url', problems);
  if (organizationUrl) display.organizationUrl = organizationUrl;
  const url = view.url ?? checkUrl(blank(attrs.href), 'href', problems);
  if (url) display.url = url;
  const photoUrl = view.photo?.url ?? checkUrl(blank(attrs.photo), 'photo', problems);
  if (photoUrl) display.photoUrl = photoUrl;
  if (!display.name && !display.jobTitle && !display.organization) {
    if (given && problems.length === 0) {
      problems.push({ path: 'speaker', message: 'has no name, job title or organisation to show' });
    }
    return { display: null, problems };
  }
  return { display, problems };
}

/** The `...Lang` fields of the texts that were used (non-empty, with a known language). */
function langs(texts: Record<string, { text: string; lang?: string }>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, t] of Object.entries(texts)) if (t.text && t.lang) out[key] = t.lang;
  return out;
}

/**
 * The heading of a person: the name, or, for a person known only by role (the Varna
 * representatives), the job title and organisation: "Representative, Bulgarian Furniture Cluster".
 */
export function headingText(display: SpeakerDisplay): string {
  if (display.name) return display.name;
  return [display.jobTitle, display.organization].filter(Boolean).join(', ');
}

/** Up to two initials from a name (`Мария Иванова` -> `МИ`), in the locale's upper case. */
export function initials(name: string, locale: string): string {
  const words = name
    .split(/[\s\-–—,.]+/u)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((w) => /^[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return '';
  const first = Array.from(words[0]!)[0]!;
  const last = words.length > 1 ? Array.from(words[words.length - 1]!)[0]! : '';
  try {
    return (first + last).toLocaleUpperCase(locale);
  } catch {
    return (first + last).toUpperCase();
  }
}

/** Site names for profile links without a label, by the host's main label. */
const SITE_NAMES: Readonly<Record<string, string>> = {
  linkedin: 'LinkedIn',
  github: 'GitHub',
  gitlab: 'GitLab',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  researchgate: 'ResearchGate',
  orcid: 'ORCID',
  mastodon: 'Mastodon',
};

/**
 * A readable name for a link without a label: a known site's name (`LinkedIn`), else the host
 * without `www.`; the address of a mailto link, the number of a tel link; `''` for a relative link.
 */
export function linkName(url: string): string {
  const mail = /^mailto:([^?]*)/i.exec(url);
  if (mail) return safeDecode(mail[1]!);
  const tel = /^tel:(.*)$/i.exec(url);
  if (tel) return safeDecode(tel[1]!);
  let host: string;
  try {
    host = new URL(url.startsWith('//') ? `https:${url}` : url).hostname;
  } catch {
    return '';
  }
  host = host.replace(/^www\./i, '').toLowerCase();
  const labels = host.split('.');
  for (const label of labels) {
    const known = SITE_NAMES[label];
    if (known) return known;
  }
  return host;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * When a session takes place, in its own zone with the zone named: `6 July 2018, 10:00 – 10:45 EEST`
 * (or its start alone, `6 July 2018, 10:00 EEST`). `''` for an untimed session.
 */
export function sessionWhen(session: SpeakerSessionView, locale: string): string {
  const start = session.start ? parseInstant(session.start) : null;
  if (!start) return '';
  // A session known by its start alone shows that time (`6 July 2018, 10:00 EEST`).
  const end = (session.end ? parseInstant(session.end) : null) ?? new Date(Number.NaN);
  const zone = session.timeZone ?? 'UTC';
  const range = formatTimeRange(start, end, zone, locale, { zone: true });
  if (!Number.isNaN(end.getTime()) && calendarDay(start, zone) !== calendarDay(end, zone)) return range;
  return `${formatDate(start, zone, locale)}, ${range}`;
}
