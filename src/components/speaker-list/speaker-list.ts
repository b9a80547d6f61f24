import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ClusterElement } from '../../base/cluster-element.js';
import type { SpeakerView } from '../../data/people-view.js';
import type { DataProblem, EventDocument } from '../../data/types.js';
import { peopleStrings } from '../../i18n/people.js';
import { styles } from './speaker-list.styles.js';
import { filterSpeakers, sortByName, speakersFrom, type KeyedSpeaker, type SpeakerSort } from './speaker-list.view.js';
import { headingLevelOf } from '../../base/heading.js';
import { Pause } from '../../base/pause.js';

/** With more speakers than this, a text filter is offered. */
export const SPEAKER_FILTER_THRESHOLD = 12;

/**
 * A responsive grid of `<cluster-speaker-block>`s, from a list of speakers or from the people of
 * an event document, in the given order or sorted by name, with a text filter for long lists.
 *
 * @summary The speakers of an event as a grid of speaker cards (or compact lines).
 * @status experimental
 * @since 0.1.0
 *
 * @event cluster-data-error - Fired when the data has problems; `detail.problems` lists them with paths.
 *
 * @csspart base - The component's wrapper.
 * @csspart filter - The filter's text field (shown with more than 12 speakers).
 * @csspart count - The live count of speakers shown.
 * @csspart list - The grid of speakers.
 *
 * @cssproperty --cluster-color-text - Text colour.
 * @cssproperty --cluster-color-text-muted - The count.
 * @cssproperty --cluster-color-border - The filter's border.
 * @cssproperty --cluster-color-surface - The filter's background.
 * @cssproperty --cluster-space-m - Gap between speakers.
 * @cssproperty --cluster-radius - The filter's corners.
 */
export class ClusterSpeakerList extends ClusterElement {
  static override styles = styles;

  /** The speakers to show; wins over `data`. */
  @property({ attribute: false }) speakers: SpeakerView[] | null = null;

  /** An event document; its people who take part in sessions are shown (all of them with `all-people`). */
  @property({ attribute: false }) data: EventDocument | null = null;

  /** With `data`, show every person of the document, not only those who take part in sessions. */
  @property({ attribute: 'all-people', type: Boolean }) allPeople = false;

  /** `given` keeps the order of the data; `name` sorts by name in the element's language. */
  @property() sort: SpeakerSort = 'given';

  /** Show each speaker on one line (small photo, name, organisation). */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Level of each speaker's name heading (1 or more, default 3; above 6 `role="heading"` with `aria-level`). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  @state() private query = '';
  /** What the status region says: the count of the list shown, held back while the reader types. */
  @state() private announcement = '';

  private all: KeyedSpeaker[] | null = null;
  private problems: DataProblem[] = [];
  /** The speakers in display order, and those that pass the filter (`null`: no filter offered). */
  private ordered: KeyedSpeaker[] = [];
  private filtered: KeyedSpeaker[] | null = null;
  /** Announces the count once typing pauses. */
  private readonly settling = new Pause(() => (this.announcement = this.countText()));

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.settling.flush();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('speakers') || changed.has('data') || changed.has('allPeople')) {
      const { speakers, problems } = speakersFrom(this.speakers, this.data, this.allPeople);
      this.all = speakers;
      this.problems = problems;
    }
    // The list follows the query at once; the count is announced once typing pauses.
    const all = this.all ?? [];
    this.ordered = this.sort === 'name' ? sortByName(all, this.locale) : all;
    this.filtered = this.ordered.length > SPEAKER_FILTER_THRESHOLD ? filterSpeakers(this.ordered, this.query, this.language, this.locale) : null;
    if (!this.settling.pending) this.announcement = this.countText();
  }

  protected override updated(): void {
    this.reportProblems(this.problems);
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.settling.restart();
  }

  private countText(): string {
    if (this.filtered === null) return '';
    const t = peopleStrings(this.language);
    return this.filtered.length === 0 ? t.noMatch(this.query.trim()) : t.filterCount(this.filtered.length, this.ordered.length);
  }

  private renderFilter(): TemplateResult {
    const t = peopleStrings(this.language);
    return html`<div class="filter">
      <label for="filter">${t.filterLabel}</label>
      <input id="filter" part="filter" type="search" autocomplete="off" .value=${this.query} @input=${this.onInput} />
      <p part="count" class="count" role="status">${this.announcement}</p>
    </div>`;
  }

  override render(): TemplateResult {
    const t = peopleStrings(this.language);
    if (!this.all || this.all.length === 0) {
      const state = !this.all && this.problems.length ? this.renderState('error') : this.renderState('empty', t.noSpeakers);
      return html`<div part="base" class="base">${this.renderProblems()}${state}</div>`;
    }
    const shown = this.filtered ?? this.ordered;
    const level = headingLevelOf(this.headingLevel, 3);
    return html`<div part="base" class=${this.compact ? 'base compact' : 'base'}>
      ${this.renderProblems()} ${this.filtered !== null ? this.renderFilter() : ''}
      <ul part="list" class="grid" role="list" aria-label=${t.speakers}>
        ${repeat(
          shown,
          (s) => s.key,
          (s) =>
            html`<li>
              <cluster-speaker-block .speaker=${s.speaker} ?compact=${this.compact} heading-level=${level}></cluster-speaker-block>
            </li>`,
        )}
      </ul>
    </div>`;
  }
}
