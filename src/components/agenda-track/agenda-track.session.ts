/**
 * The templates of one session in `<cluster-agenda-track>`: the hot path of a programme (hundreds
 * of copies). They are written without whitespace between tags, so no empty text nodes are
 * created, and the common combinations of optional parts are whole templates rather than nested
 * conditionals, since each nested template costs a clone and a tree walk.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { AgendaStrings } from '../../i18n/agenda.js';
import type { SessionModel, SessionRow, WhenModel } from '../../data/agenda-track-view.js';
import { headingOf } from '../../base/heading.js';

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
  toggleAbstract: (event: Event) => void;
  toggleFavorite: (event: Event) => void;
  requestCalendar: (event: Event) => void;
}

/** One session: `li#session-<id>`, focusable for deep links. */
export function renderSession(row: SessionRow, index: number, c: SessionContext): TemplateResult {
  const s = row.session;
  const w = s.when;
  const past = s.finish !== null && s.finish <= c.clock;
  const current = !past && s.start !== null && s.end !== null && s.start <= c.clock;
  const highlighted = c.highlighted !== '' && c.highlighted === s.id;
  const classes = `session${current ? ' session--current' : ''}${past ? ' session--past' : ''}${
    s.status === 'cancelled' ? ' session--cancelled' : ''
  }${highlighted ? ' session--highlighted' : ''}`;
  const title = s.href
    ? html`<a href=${s.href} rel=${ifDefined(s.external ? 'noopener' : undefined)} lang=${ifDefined(s.titleLang)}>${s.title}</a>`
    : marked(s.title, s.titleLang);
  // prettier-ignore
  return html`<li id="session-${s.id}" tabindex="-1" part=${highlighted ? 'session session-highlighted' : 'session'} class=${classes} aria-current=${ifDefined(current ? 'time' : undefined)} ?hidden=${past && c.hidePast}>${
    w ? renderWhen(w, row.showDay, c.t) : nothing
  }<div class="body">${headingOf(c.level, 'title', title)}${
    current || s.statusText || s.kind || past ? renderMarks(s, c.t, current, past) : nothing
  }${
    s.room ? html`<p class="room"><span class="visually-hidden">${c.t.room} </span>${marked(s.room, s.roomLang)}</p>` : nothing
  }${
    s.speakers.length > 0 ? html`<ul class="speakers" aria-label=${c.t.speakers}>${s.speakers.map(
      (p) => html`<li part="speaker"><span class="speaker__role">${p.role ? `${p.role}: ` : ''}</span><span class="speaker__name">${p.name.map((n) => marked(n.text, n.lang))}</span>${p.detail.map((d) => marked(d.text, d.lang))}</li>`,
    )}</ul>` : nothing
  }${
    s.abstract || c.favorites || (c.calendar && w) ? renderActions(s, index, c) : nothing
  }${
    s.abstract ? html`<p class="abstract" id="abstract-${index}" lang=${ifDefined(s.abstractLang)} ?hidden=${!c.openAbstracts.has(s.id)}>${s.abstract}</p>` : nothing
  }</div></li>`;
}

/** Text in the element's language as it is; in another language in a `<span lang>` (WCAG 3.1.2). */
export function marked(text: string, lang: string | undefined): unknown {
  return lang ? html`<span lang=${lang}>${text}</span>` : text;
}

/**
 * Start-end in the displayed zone, the duration, the day when it is named, and the viewer's time in
 * `both`. The parts are stacked by CSS; visually hidden ", " keep them apart as text (without CSS,
 * in reader modes, copied): "10:45 – 11:30 AM GMT+3, 45 min", not "GMT+345 min".
 */
function renderWhen(w: WhenModel, showDay: boolean, t: AgendaStrings): TemplateResult {
  const day = showDay ? html`<span class="when__day">${w.day}</span><span class="visually-hidden">, </span>` : nothing;
  const viewer = w.viewerRange
    ? html`<span class="visually-hidden">, </span><span class="when__viewer">${t.yourTime} <time datetime=${w.datetime}>${w.viewerDay ? `${w.viewerDay}, ` : ''}${w.viewerRange}</time></span>`
    : nothing;
  // prettier-ignore
  return w.duration
    ? html`<p class="when" part="time">${day}<time class="when__range" datetime=${w.datetime}>${w.range}</time><span class="visually-hidden">, </span><time class="when__duration" datetime=${w.durationIso}>${w.duration}</time>${viewer}</p>`
    : html`<p class="when" part="time">${day}<time class="when__range" datetime=${w.datetime}>${w.range}</time>${viewer}</p>`;
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

/** The abstract disclosure button, the favourite toggle and the calendar button; each names its session for screen readers. */
function renderActions(s: SessionModel, index: number, c: SessionContext): TemplateResult {
  const t = c.t;
  const expanded = c.openAbstracts.has(s.id) ? 'true' : 'false';
  const favorite = c.favorites?.has(s.id) ?? false;
  const pressed = favorite ? 'true' : 'false';
  const star = favorite ? '★' : '☆';
  if (c.calendar && s.when) {
    // Each button shows its label and is named "<label>: <title>" as one visually hidden run, the
    // shape of namedLabel() (src/base/named-label.ts) written out here: no nested template per
    // button, which a programme of a thousand sessions would pay for.
    // prettier-ignore
    const calendar = html`<button type="button" class="button button--quiet" part="button" data-session=${s.id} data-calendar @click=${c.requestCalendar}><span aria-hidden="true">+</span><span aria-hidden="true">${t.calendar}</span><span class="visually-hidden">${t.calendar}: ${s.title}</span></button>`;
    // prettier-ignore
    const abstract = s.abstract ? html`<button type="button" class="button button--quiet" part="button" aria-expanded=${expanded} aria-controls="abstract-${index}" data-session=${s.id} @click=${c.toggleAbstract}><span class="chevron" aria-hidden="true">▸</span><span aria-hidden="true">${t.abstract}</span><span class="visually-hidden">${t.abstract}: ${s.title}</span></button>` : nothing;
    // prettier-ignore
    const favoriteButton = c.favorites ? html`<button type="button" class="button button--quiet" part="button" aria-pressed=${pressed} data-session=${s.id} @click=${c.toggleFavorite}><span aria-hidden="true">${star}</span><span aria-hidden="true">${t.favorite}</span><span class="visually-hidden">${t.favorite}: ${s.title}</span></button>` : nothing;
    return html`<div class="actions">${abstract}${favoriteButton}${calendar}</div>`;
  }
  // prettier-ignore
  if (!c.favorites) {
    return html`<div class="actions"><button type="button" class="button button--quiet" part="button" aria-expanded=${expanded} aria-controls="abstract-${index}" data-session=${s.id} @click=${c.toggleAbstract}><span class="chevron" aria-hidden="true">▸</span><span aria-hidden="true">${t.abstract}</span><span class="visually-hidden">${t.abstract}: ${s.title}</span></button></div>`;
  }
  // prettier-ignore
  if (!s.abstract) {
    return html`<div class="actions"><button type="button" class="button button--quiet" part="button" aria-pressed=${pressed} data-session=${s.id} @click=${c.toggleFavorite}><span aria-hidden="true">${star}</span><span aria-hidden="true">${t.favorite}</span><span class="visually-hidden">${t.favorite}: ${s.title}</span></button></div>`;
  }
  // prettier-ignore
  return html`<div class="actions"><button type="button" class="button button--quiet" part="button" aria-expanded=${expanded} aria-controls="abstract-${index}" data-session=${s.id} @click=${c.toggleAbstract}><span class="chevron" aria-hidden="true">▸</span><span aria-hidden="true">${t.abstract}</span><span class="visually-hidden">${t.abstract}: ${s.title}</span></button><button type="button" class="button button--quiet" part="button" aria-pressed=${pressed} data-session=${s.id} @click=${c.toggleFavorite}><span aria-hidden="true">${star}</span><span aria-hidden="true">${t.favorite}</span><span class="visually-hidden">${t.favorite}: ${s.title}</span></button></div>`;
}
