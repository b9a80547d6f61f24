/**
 * What `<cluster-event-list>` shows of each event, as text made once per language and clock
 * (`willUpdate`), never in `render()`: the name and its link, the dates in the event's own zone
 * (the times name the zone), the place or "Online", the attendance mode, the status in words and
 * the organisers. The date and place texts are the event header's, so an event reads the same in
 * the list and on its page.
 */
import { isOngoing, splitEvents, type EventListEntry, type EventListGroup, type EventListShow } from '../../data/event-list-view.js';
import { eventHeaderViewFromDocument } from '../../data/people-view.js';
import { registrationStatus, registrationText, type RegistrationState } from '../../data/registration-view.js';
import { langAttribute, resolveTextIn } from '../../data/text.js';
import type { EventStatus } from '../../data/types.js';
import { isExternalUrl } from '../../data/url.js';
import { commonStrings } from '../../i18n/common.js';
import { eventStrings } from '../../i18n/event.js';
import { dateParts, placeParts, whenText, type DatePart } from '../../data/event-text.js';

/** A text to show and the `lang` attribute it needs (none when it is in the element's language). */
export interface ShownText {
  text: string;
  lang?: string;
}

/** One event as the list shows it. */
export interface EventItemModel {
  key: string;
  name: ShownText;
  /** The event's page (a safe URL), and whether it is on another site. */
  href?: string;
  external: boolean;
  /** The date in pieces for `<time>` elements; empty when unknown. */
  dates: DatePart[];
  /** `10:00 – 17:00 EEST`, `''` for a calendar-date event. */
  time: string;
  /** The venue and address in pieces; "Online" (one piece) for an online event without a venue. */
  place: ShownText[];
  /** "In person", "Online", "In person and online", `''` when not given. */
  mode: string;
  /** Other than scheduled: its class and words, and the first-planned date of a postponement. */
  status?: { status: Exclude<EventStatus, 'scheduled'>; text: string; previous: string };
  /** Under way at the list's `now`. */
  ongoing: boolean;
  organizers: ShownText[];
  /** The Register link and its state in words, for an event not cancelled and not over. */
  registration?: {
    url: string;
    external: boolean;
    state: RegistrationState;
    /** "Registration open", "Registration opens on …", "Registration full: no places left", "Registration closed". */
    text: string;
    /** Closing, places left and price, in words (`''` each when not known or no longer relevant). */
    details: string[];
    /** When the state or its days left change next (ms since the epoch). */
    changesAt?: number;
  };
}

/** A group of the list as shown: its events (up to the limit) and how many a "show more" reveals. */
export interface EventGroupModel {
  group: EventListGroup;
  /** Every event of the group the list may show (after `limit`), in order. */
  items: EventItemModel[];
  /** Their entries, in the same order (for JSON-LD). */
  entries: EventListEntry[];
}

const STATUS_WORDS = {
  cancelled: 'cancelled',
  postponed: 'postponed',
  rescheduled: 'rescheduled',
  'moved-online': 'movedOnline',
} as const satisfies Record<Exclude<EventStatus, 'scheduled'>, keyof ReturnType<typeof commonStrings>>;

/** What the text of an item depends on besides its event. */
export interface ItemContext {
  lang: string;
  locale: string;
  now: number;
}

function shown(text: { text: string; lang?: string }, lang: string): ShownText {
  const attr = langAttribute(text.lang, lang);
  return attr ? { text: text.text, lang: attr } : { text: text.text };
}

/** The item of one event in the element's language and locale, at `now`. */
export function itemModel(entry: EventListEntry, ctx: ItemContext): EventItemModel {
  const view = eventHeaderViewFromDocument(entry.document);
  const docLang = entry.document.lang;
  const t = eventStrings(ctx.lang);
  const c = commonStrings(ctx.lang);
  const when = whenText(view, ctx.locale);
  const online = view.attendanceMode === 'online' || view.status === 'moved-online';
  let place = placeParts(view.venue, ctx.lang, docLang, ctx.locale).map((p) => shown(p, ctx.lang));
  // Moved online: the venue no longer applies; an online event without a venue is "Online".
  if (view.status === 'moved-online' || (online && place.length === 0)) place = [{ text: t.online }];
  const mode = view.status === 'moved-online' ? '' : view.attendanceMode ? t[view.attendanceMode] : '';
  const status = view.status && view.status !== 'scheduled' ? view.status : undefined;
  const model: EventItemModel = {
    key: entry.key,
    name: shown(resolveTextIn(view.name, ctx.lang, docLang), ctx.lang),
    external: view.url ? isExternalUrl(view.url) : false,
    dates: dateParts(view, ctx.locale),
    time: when.time,
    // "Online" once: as the place, not again as the mode.
    place,
    mode: mode === t.online && place.length === 1 && place[0]!.text === t.online ? '' : mode,
    ongoing: status !== 'cancelled' && isOngoing(entry, ctx.now),
    organizers: (view.organizers ?? []).map((o) => shown(resolveTextIn(o.name, ctx.lang, docLang), ctx.lang)),
  };
  if (view.url) model.href = view.url;
  if (status) model.status = { status, text: c[STATUS_WORDS[status]], previous: status === 'cancelled' ? '' : when.previous };
  const registration = view.registration;
  if (registration && status !== 'cancelled' && entry.finish > ctx.now) {
    const state = registrationStatus(registration, view, new Date(ctx.now));
    const words = registrationText(registration, state, view.timeZone, t, ctx.locale);
    model.registration = {
      url: registration.url,
      external: isExternalUrl(registration.url),
      state: state.state,
      text: words.state,
      details: [words.closes, words.places, words.price].filter(Boolean),
      ...(state.changesAt ? { changesAt: state.changesAt.getTime() } : {}),
    };
  }
  return model;
}

/** The next instant after `now` at which an event's registration changes (`null`: none). */
export function nextRegistrationChange(groups: readonly EventGroupModel[], now: number): number | null {
  let next: number | null = null;
  for (const g of groups) {
    for (const item of g.items) {
      const t = item.registration?.changesAt;
      if (t !== undefined && t > now && (next === null || t < next)) next = t;
    }
  }
  return next;
}

/** The groups `show` asks for, in display order, each cut to `limit` events. */
export function groupModels(entries: readonly EventListEntry[], show: EventListShow, limit: number | null, ctx: ItemContext): EventGroupModel[] {
  const split = splitEvents(entries, ctx.now);
  const groups: EventListGroup[] = show === 'all' ? ['upcoming', 'past'] : [show];
  return groups.map((group) => {
    const chosen = limit === null ? split[group] : split[group].slice(0, limit);
    return { group, entries: chosen, items: chosen.map((e) => itemModel(e, ctx)) };
  });
}
