import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ClusterElement } from '../../base/cluster-element.js';
import { headingLevelOf } from '../../base/heading.js';
import { Inputs } from '../../base/inputs.js';
import { JsonLdPublisher } from '../../base/json-ld-publisher.js';
import { loadFailureText } from '../../data/event-load.js';
import {
  EVENT_LIST_BATCH,
  listEntries,
  nextListChange,
  readListAttributes,
  type EventListAttributes,
  type EventListEntry,
  type EventListGroup,
  type EventListShow,
} from '../../data/event-list-view.js';
import type { DataProblem } from '../../data/types.js';
import { eventListStrings } from '../../i18n/event-list.js';
import { ListClock } from './event-list-clock.controller.js';
import { EventIndexController, LOADING, type ListRead } from './event-list.controller.js';
import { styles } from './event-list.styles.js';
import { groupTemplate } from './event-list.templates.js';
import { groupModels, nextRegistrationChange, type EventGroupModel } from './event-list.view.js';

/**
 * The events of a cluster, upcoming first (soonest first) and past after them (latest first),
 * relative to `now`: each with its name linked to its page, its dates in its own zone (the times
 * name the zone), the place or "Online", the attendance mode, its status in words and its
 * organisers, and, for an event still to come that takes registrations, the Register link with the
 * registration's state in words (opens on…, open and closing in N days, full, closed), plus one
 * schema.org `ItemList` of the events in JSON-LD in the element's light DOM.
 *
 * The events come from the `data` property (a list of event documents) or from the JSON index at
 * `src`: a list whose entries are event documents or their URLs (relative to the index). Every
 * document is validated as `<cluster-event>` validates its own (a frab / pretalx schedule is
 * converted), every URL is loaded with the same rules as a `src`. An entry that cannot be used is
 * reported at its position in the list (`[2].event.start: …`, `[1]` for a URL that could not be
 * loaded) and left out; the others are shown.
 *
 * An event is upcoming until the instant it ends (its `end`; for a calendar date, or without an
 * end, the midnight after its last day in its zone) and past from that instant on. Unless `now`
 * pins the clock, the list moves an event to the past at that instant (and follows each
 * registration's state as it changes).
 *
 * @summary The upcoming and past events of a cluster, from event documents or an index of them.
 * @status experimental
 * @since 0.2.0
 *
 * @event cluster-data-error - Fired when the list, an entry or an attribute has problems; `detail.problems` lists them with paths (`[2].event.start`, `[1]` for an entry that could not be loaded, `show`, `limit`, `now`).
 *
 * @csspart base - The component's wrapper.
 * @csspart group - Each group of events (upcoming, past).
 * @csspart group-heading - The heading of each group.
 * @csspart list - Each list of events.
 * @csspart item - Each event.
 * @csspart title - Each event's name.
 * @csspart time - The date (or date range) of an event: one `<time>` per date.
 * @csspart badge - The status of an event (cancelled, postponed, rescheduled, moved online) or that it is under way, in words.
 * @csspart register - An event's Register link (until registration closes).
 * @csspart registration-state - The registration's state in words.
 * @csspart more-button - The "Show more" button of a long group.
 * @csspart state - The loading, error or empty message.
 *
 * @cssproperty --cluster-color-text - Text colour.
 * @cssproperty --cluster-color-text-muted - Times, place and organisers.
 * @cssproperty --cluster-color-border - The rules between events.
 * @cssproperty --cluster-color-link - Event names that link to their pages.
 * @cssproperty --cluster-color-accent - The "Show more" button and the Register link.
 * @cssproperty --cluster-color-on-accent - The Register link's text while registration is open.
 * @cssproperty --cluster-color-danger - A cancelled status.
 * @cssproperty --cluster-color-warning - A postponed or rescheduled status.
 * @cssproperty --cluster-color-info - A moved-online status.
 * @cssproperty --cluster-color-success - An event under way.
 * @cssproperty --cluster-space-m - Spacing between events.
 */
export class ClusterEventList extends ClusterElement {
  static override styles = styles;

  /** The events: a list of event documents; wins over `src`. */
  @property({ attribute: false }) data: unknown = undefined;

  /** URL of a JSON index: a list of event documents or of their URLs (relative to the index); loaded when `data` is not set. */
  @property() src?: string;

  /** Which events to show: `upcoming`, `past` or `all` (default: upcoming first, then past). */
  @property() show: EventListShow = 'all';

  /** At most this many events in each group (a homepage teaser); without it, every event, a batch at a time. */
  @property({ type: Number }) limit?: number;

  /** Shows each event in two lines: name and status, then date and place. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Pins the clock to this RFC 3339 instant (stable pages, previews, tests); otherwise the real clock runs. */
  @property() now?: string;

  /** Level of the group headings (1 or more, default 2); event names are one level below. Above 6 `role="heading"` with `aria-level`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Leaves out the schema.org JSON-LD `<script>` this element otherwise keeps in its light DOM. */
  @property({ type: Boolean, attribute: 'hide-json-ld' }) hideJsonLd = false;

  /** How many events of each group are shown; "Show more" adds a batch. */
  @state() private revealed: Record<EventListGroup, number> = { upcoming: EVENT_LIST_BATCH, past: EVENT_LIST_BATCH };

  private source: ListRead | typeof LOADING | null = null;
  private readonly reader = new EventIndexController(this, (work) => void this.trackWork(work));
  private readonly clock = new ListClock(this);
  private readonly jsonLd = new JsonLdPublisher(this, (work) => void this.trackWork(work), { path: 'data' });
  private attrs: EventListAttributes = readListAttributes(undefined, undefined, undefined);
  private entries: EventListEntry[] = [];
  private entryProblems: DataProblem[] = [];
  private groups: EventGroupModel[] = [];
  private readonly groupInputs = new Inputs();
  private readonly entryInputs = new Inputs();
  /** The group whose "Show more" was used, and the first event it revealed: focus goes there. */
  private focusAfterReveal: { group: EventListGroup; index: number } | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.source = this.reader.update(changed);
    if (changed.has('data') || changed.has('src')) this.revealed = { upcoming: EVENT_LIST_BATCH, past: EVENT_LIST_BATCH };
    if (changed.has('show') || changed.has('limit') || changed.has('now')) this.attrs = readListAttributes(this.show, this.limit, this.now);
    const now = this.attrs.pinned?.getTime() ?? this.clock.now;
    if (this.groupInputs.changed([this.source, this.attrs, now, this.language, this.locale])) {
      if (this.entryInputs.changed([this.source])) {
        const read = this.source === LOADING || this.source === null ? null : this.source;
        ({ entries: this.entries, problems: this.entryProblems } = listEntries(read?.documents ?? []));
      }
      this.groups = groupModels(this.entries, this.attrs.show, this.attrs.limit, { lang: this.language, locale: this.locale, now });
    }
  }

  protected override updated(): void {
    this.publishJsonLd();
    const read = typeof this.source === 'object' ? this.source : null;
    this.reportProblems([...(read?.problems ?? []), ...this.entryProblems, ...this.attrs.problems, ...this.jsonLd.problems]);
    if (this.attrs.pinned) this.clock.watch(null);
    else {
      const now = this.clock.now;
      const changes = [nextListChange(this.entries, now), nextRegistrationChange(this.groups, now)].filter((t): t is number => t !== null);
      this.clock.watch(changes.length ? Math.min(...changes) : null);
    }
    const target = this.focusAfterReveal;
    if (target) {
      this.focusAfterReveal = null;
      this.renderRoot.querySelector<HTMLElement>(`[data-group="${target.group}"] [data-index="${target.index}"]`)?.focus();
    }
  }

  /** Keeps the light DOM's JSON-LD `ItemList` in step with the events shown (or removes it). */
  private publishJsonLd(): void {
    const documents = this.hideJsonLd ? [] : this.groups.flatMap((g) => g.entries.map((e) => e.document));
    const lang = this.language;
    const show = this.attrs.show;
    const name = show === 'all' ? undefined : eventListStrings(lang)[show];
    // The list writer loads after rendering, and the Markdown parser only for Markdown documents.
    const graph = async (): Promise<unknown> => (await import('./event-list-json-ld.view.js')).eventListGraph(documents, { lang, ...(name ? { name } : {}) });
    this.jsonLd.updateGraph([documents.length, lang, show, ...documents], this.source === LOADING, documents.length > 0 ? graph : null);
  }

  private readonly onMore = (group: EventListGroup): void => {
    const shown = this.revealed[group];
    this.revealed = { ...this.revealed, [group]: shown + EVENT_LIST_BATCH };
    // The first event revealed takes focus: the button may be gone, and the reader goes on from there.
    this.focusAfterReveal = { group, index: shown };
  };

  override render(): TemplateResult {
    const wrap = (content: unknown, busy = false): TemplateResult =>
      html`<div part="base" class=${this.compact ? 'base compact' : 'base'} aria-busy=${busy ? 'true' : nothing}>${this.renderProblems()}${content}</div>`;
    const source = this.source;
    if (source === null) return wrap(this.renderState('empty'));
    const t = eventListStrings(this.language);
    if (source === LOADING) return wrap(this.renderState('loading', t.loadingEvents), true);
    if (source.failure) return wrap(this.renderState('error', loadFailureText(source.failure, this.language)));
    const failed = source.failed;
    const level = headingLevelOf(this.headingLevel, 2);
    return wrap(
      html`${this.groups.map((g) =>
        groupTemplate(
          g,
          { group: g.group, lang: this.language, level, compact: this.compact, shown: this.revealed[g.group], onMore: this.onMore },
          (state, text) => this.renderState(state, text),
        ),
      )}${failed > 0 ? html`<p class="not-shown">${t.notShown(failed)}</p>` : nothing}`,
    );
  }
}
