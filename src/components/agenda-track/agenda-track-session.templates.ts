/**
 * The templates of one session in `<cluster-agenda-track>`: the hot path of a programme (thousands
 * of copies). Every child binding costs the page a marker comment and every nested template a
 * clone, so:
 * - the tags are written without whitespace between them (no empty text nodes);
 * - the common shapes of a session are whole templates, and optional parts come as one nested
 *   template each (details, actions) rather than one conditional per part;
 * - text that belongs together is composed in the view model (the speakers are one line);
 * - buttons are named by `aria-label` ("Favourite: <title>", which starts with the visible label,
 *   WCAG 2.5.3) and their symbols (▸ ☆ ★ +) come from CSS, with empty alternative text;
 * - the buttons carry no listeners: the list has one (see `data-action` and {@link sessionAction}).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AgendaStrings } from '../../i18n/agenda.js';
import type { MarkedText, SessionModel, SessionRow, WhenModel } from '../../data/agenda-track-view.js';
import { headingOf } from '../../base/heading.js';
import type { ProseRenderer } from '../../base/prose.js';

/** What every session of one render shares. */
export interface SessionContext {
  t: AgendaStrings;
  /** Heading level of session titles (above 6: `role="heading"` with `aria-level`). */
  level: number;
  /** The clock, ms since the epoch. */
  clock: number;
  /** Whether finished sessions are hidden. */
  hidePast: boolean;
  /** Id of the highlighted session, or `''`. */
  highlighted: string;
  openAbstracts: ReadonlySet<string>;
  /** The reader's sessions, or `null` when favourite buttons are not shown. */
  favorites: ReadonlySet<string> | null;
  /** Whether timed sessions get an "Add to calendar" button. */
  calendar: boolean;
  /** Id of the session whose calendar menu is open (its button is expanded), or `''`. */
  calendarOpen: string;
  /** How abstracts are rendered when the track is Markdown (see markdownRenderer); `null` for plain text. */
  prose: ProseRenderer | null;
}

/** What a session's button does (its `data-action`). */
export type SessionAction = 'abstract' | 'favorite' | 'calendar';

/**
 * The action and session id of a click inside the list of sessions, or `null` when the click was
 * not on a session's button. The list has one listener for all its buttons.
 */
export function sessionAction(event: Event): { action: SessionAction; sessionId: string; button: HTMLElement } | null {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest<HTMLElement>('button[data-action]');
  const item = button?.closest('li[id^="session-"]');
  if (!button || !item) return null;
  return { action: button.dataset['action'] as SessionAction, sessionId: item.id.slice('session-'.length), button };
}

/** The id of the session whose collapsed abstract find-in-page is about to show (a `beforematch` event), or `null`. */
export function revealedAbstract(event: Event): string | null {
  const target = event.target instanceof Element ? event.target : null;
  const item = target?.matches('.abstract') ? target.closest('li[id^="session-"]') : null;
  return item ? item.id.slice('session-'.length) : null;
}

/** What a session's template was made from, kept on its model (see {@link renderSession}). */
interface RowMemo {
  showDay: boolean;
  index: number;
  t: AgendaStrings;
  level: number;
  past: boolean;
  current: boolean;
  highlighted: boolean;
  hidden: boolean;
  open: boolean;
  favorite: boolean | null;
  calendar: boolean;
  expanded: boolean;
  prose: ProseRenderer | null;
  result: TemplateResult;
}
const ROW = Symbol('row');

/**
 * One session: `li#session-<id>`, focusable for deep links. The template of a session whose model
 * (kept by the view model while the session is unchanged) and whose state are as last time is
 * the same object, so a re-render after one session changed builds one session's template.
 */
export function renderSession(row: SessionRow, index: number, c: SessionContext): TemplateResult {
  const s = row.session;
  const past = s.finish !== null && s.finish <= c.clock;
  const current = !past && s.start !== null && s.end !== null && s.start <= c.clock;
  const highlighted = c.highlighted !== '' && c.highlighted === s.id;
  const hidden = past && c.hidePast;
  const open = s.abstract !== '' && c.openAbstracts.has(s.id);
  const favorite = c.favorites ? c.favorites.has(s.id) : null;
  const expanded = c.calendarOpen === s.id;
  const m = (s as { [ROW]?: RowMemo })[ROW];
  if (
    m &&
    m.showDay === row.showDay &&
    m.index === index &&
    m.t === c.t &&
    m.level === c.level &&
    m.past === past &&
    m.current === current &&
    m.highlighted === highlighted &&
    m.hidden === hidden &&
    m.open === open &&
    m.favorite === favorite &&
    m.calendar === c.calendar &&
    m.expanded === expanded &&
    m.prose === c.prose
  ) {
    return m.result;
  }
  const result = sessionTemplate(row, index, c, past, current, highlighted);
  const memo: RowMemo = {
    showDay: row.showDay,
    index,
    t: c.t,
    level: c.level,
    past,
    current,
    highlighted,
    hidden,
    open,
    favorite,
    calendar: c.calendar,
    expanded,
    prose: c.prose,
    result,
  };
  if (m) Object.assign(m, memo);
  else Object.defineProperty(s, ROW, { value: memo });
  return result;
}

function sessionTemplate(row: SessionRow, index: number, c: SessionContext, past: boolean, current: boolean, highlighted: boolean): TemplateResult {
  const s = row.session;
  const w = s.when;
  const classes = `session${current ? ' session--current' : ''}${past ? ' session--past' : ''}${
    s.status === 'cancelled' ? ' session--cancelled' : ''
  }${highlighted ? ' session--highlighted' : ''}`;
  const part = highlighted ? 'session session-highlighted' : 'session';
  const title = s.href
    ? html`<a href=${s.href} rel=${ifDefined(s.external ? 'noopener' : undefined)} lang=${ifDefined(s.titleLang)}>${s.title}</a>`
    : marked(s.title, s.titleLang);
  const heading = headingOf(c.level, 'title', title);
  const details = renderDetails(s, c.t, current, past);
  const actions = renderActions(s, index, c);
  // The common shape (a time with a duration, no day, one zone) is written out in one template.
  // prettier-ignore
  if (w && w.duration && !row.showDay && !w.viewerRange) {
    return html`<li id="session-${s.id}" tabindex="-1" part=${part} class=${classes} aria-current=${ifDefined(current ? 'time' : undefined)} ?hidden=${past && c.hidePast}><p class="when" part="time"><time class="when__range" datetime=${w.datetime}>${w.range}</time><span class="visually-hidden">, </span><time class="when__duration" datetime=${w.durationIso}>${w.duration}</time></p><div class="body">${heading}${details}${actions}</div></li>`;
  }
  // prettier-ignore
  return html`<li id="session-${s.id}" tabindex="-1" part=${part} class=${classes} aria-current=${ifDefined(current ? 'time' : undefined)} ?hidden=${past && c.hidePast}>${
    w ? renderWhen(w, row.showDay, c.t) : nothing
  }<div class="body">${heading}${details}${actions}</div></li>`;
}

/** Text in the element's language as it is; in another language in a `<span lang>` (WCAG 3.1.2). */
export function marked(text: string, lang: string | undefined): unknown {
  return lang ? html`<span lang=${lang}>${text}</span>` : text;
}

/** Runs of text: one plain string when they are all in the element's language. */
function runs(parts: readonly MarkedText[]): unknown {
  return parts.length === 1 && !parts[0]!.lang ? parts[0]!.text : parts.map((p) => marked(p.text, p.lang));
}

/**
 * Start-end in the displayed zone, the duration, the day when it is named, and the viewer's time in
 * `both`. The parts are stacked by CSS; visually hidden ", " keep them apart as text (without CSS,
 * in reader modes, copied): "10:45 – 11:30 AM GMT+3, 45 min", not "GMT+345 min".
 */
function renderWhen(w: WhenModel, showDay: boolean, t: AgendaStrings): TemplateResult {
  const day = showDay ? html`<span class="when__day">${w.day}</span><span class="visually-hidden">, </span>` : nothing;
  const viewer = w.viewerRange
    ? html`<span class="visually-hidden">, </span
        ><span class="when__viewer">${t.yourTime} <time datetime=${w.datetime}>${w.viewerDay ? `${w.viewerDay}, ` : ''}${w.viewerRange}</time></span>`
    : nothing;
  // prettier-ignore
  return w.duration
    ? html`<p class="when" part="time">${day}<time class="when__range" datetime=${w.datetime}>${w.range}</time><span class="visually-hidden">, </span><time class="when__duration" datetime=${w.durationIso}>${w.duration}</time>${viewer}</p>`
    : html`<p class="when" part="time">${day}<time class="when__range" datetime=${w.datetime}>${w.range}</time>${viewer}</p>`;
}

/** The badges (when there are any), the room and the speakers: one nested template, or nothing. */
function renderDetails(s: SessionModel, t: AgendaStrings, current: boolean, past: boolean): unknown {
  const info = renderInfo(s, t);
  return current || s.statusText || s.kind || past ? html`${renderMarks(s, t, current, past)}${info}` : info;
}

/** The room (named for screen readers) and the speakers' line. */
function renderInfo(s: SessionModel, t: AgendaStrings): TemplateResult | typeof nothing {
  const speakers = s.speakers.length > 0;
  // prettier-ignore
  if (s.room) {
    return speakers
      ? html`<p class="room"><span class="visually-hidden">${t.room} </span>${marked(s.room, s.roomLang)}</p><p class="speakers" part="speakers">${runs(s.speakers)}</p>`
      : html`<p class="room"><span class="visually-hidden">${t.room} </span>${marked(s.room, s.roomLang)}</p>`;
  }
  return speakers ? html`<p class="speakers" part="speakers">${runs(s.speakers)}</p>` : nothing;
}

/** Badges in words (now, status, kind) and the "Finished" marker. */
function renderMarks(s: SessionModel, t: AgendaStrings, current: boolean, past: boolean): TemplateResult {
  const now = current ? html`<span class="badge badge--now" part="badge">${t.now}</span>` : nothing;
  const status = s.statusText ? html`<span class="badge badge--${s.status}" part="badge">${s.statusText}</span>` : nothing;
  const finished = past ? html`<span class="finished">${t.finished}</span>` : nothing;
  // prettier-ignore
  return s.kind
    ? html`<p class="marks">${now}${status}<span class="badge" part="badge">${s.kind}</span>${finished}</p>`
    : html`<p class="marks">${now}${status}${finished}</p>`;
}

/**
 * The abstract disclosure button, the favourite toggle and the calendar button, and the abstract
 * itself: in the DOM while collapsed, so printing has it, and `hidden="until-found"`, so
 * find-in-page opens it where the browser supports that (`beforematch`). Each button is named
 * "<label>: <title>" for screen readers.
 */
function renderActions(s: SessionModel, index: number, c: SessionContext): TemplateResult | typeof nothing {
  const t = c.t;
  const calendar = c.calendar && s.when !== null;
  const favorites = c.favorites !== null;
  if (!s.abstract && !favorites && !calendar) return nothing;
  const pressed = c.favorites?.has(s.id) ? 'true' : 'false';
  const favoriteName = `${t.favorite}: ${s.title}`;
  const calendarName = `${t.calendar}: ${s.title}`;
  // A disclosure: it opens the track's one calendar menu (the .ics file and the web calendars).
  const expanded = c.calendarOpen === s.id ? 'true' : 'false';
  // prettier-ignore
  if (!s.abstract) {
    if (favorites && calendar) {
      return html`<div class="actions"><button type="button" class="button button--quiet" part="button" data-action="favorite" aria-pressed=${pressed} aria-label=${favoriteName}>${t.favorite}</button><button type="button" class="button button--quiet" part="button" data-action="calendar" data-calendar aria-expanded=${expanded} aria-controls="calendar-menu" aria-label=${calendarName}>${t.calendar}</button></div>`;
    }
    return favorites
      ? html`<div class="actions"><button type="button" class="button button--quiet" part="button" data-action="favorite" aria-pressed=${pressed} aria-label=${favoriteName}>${t.favorite}</button></div>`
      : html`<div class="actions"><button type="button" class="button button--quiet" part="button" data-action="calendar" data-calendar aria-expanded=${expanded} aria-controls="calendar-menu" aria-label=${calendarName}>${t.calendar}</button></div>`;
  }
  const open = c.openAbstracts.has(s.id);
  const abstractName = `${t.abstract}: ${s.title}`;
  // prettier-ignore
  const abstractButton = html`<button type="button" class="button button--quiet" part="button" data-action="abstract" aria-expanded=${open ? 'true' : 'false'} aria-controls="abstract-${index}" aria-label=${abstractName}>${t.abstract}</button>`;
  // prettier-ignore
  const others = favorites && calendar
    ? html`<button type="button" class="button button--quiet" part="button" data-action="favorite" aria-pressed=${pressed} aria-label=${favoriteName}>${t.favorite}</button><button type="button" class="button button--quiet" part="button" data-action="calendar" data-calendar aria-expanded=${expanded} aria-controls="calendar-menu" aria-label=${calendarName}>${t.calendar}</button>`
    : favorites
      ? html`<button type="button" class="button button--quiet" part="button" data-action="favorite" aria-pressed=${pressed} aria-label=${favoriteName}>${t.favorite}</button>`
      : calendar
        ? html`<button type="button" class="button button--quiet" part="button" data-action="calendar" data-calendar aria-expanded=${expanded} aria-controls="calendar-menu" aria-label=${calendarName}>${t.calendar}</button>`
        : nothing;
  // A Markdown abstract has paragraphs and lists of its own: a <div> (plain text keeps its <p>).
  // prettier-ignore
  return c.prose
    ? html`<div class="actions">${abstractButton}${others}</div><div class="abstract markdown" id="abstract-${index}" lang=${ifDefined(s.abstractLang)} hidden=${open ? nothing : 'until-found'}>${c.prose(s.abstract)}</div>`
    : html`<div class="actions">${abstractButton}${others}</div><p class="abstract" id="abstract-${index}" lang=${ifDefined(s.abstractLang)} hidden=${open ? nothing : 'until-found'}>${s.abstract}</p>`;
}
