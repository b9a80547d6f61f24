import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/cluster-agenda-track.js';
import { buildAgenda } from '../src/data/agenda-view.js';
import type { EventDocument } from '../src/data/types.js';
import type { AgendaTrackView } from '../src/data/views.js';
import type { TimeDisplay } from '../src/data/time.js';
import { blueSummit2026, generateEvent, varna2018 } from './data/index.js';

/**
 * One topic of a document as `<cluster-agenda>` would pass it, over all days: the agenda builder
 * splits tracks by day, so the days' sessions are joined again here.
 */
function trackOf(doc: EventDocument, trackId: string): AgendaTrackView {
  const days = buildAgenda(doc, { timeZone: doc.event.timeZone, lang: doc.lang }).days;
  const parts = days.flatMap((d) => d.tracks.filter((t) => t.id === trackId));
  return { ...parts[0]!, sessions: parts.flatMap((t) => t.sessions) };
}

const varnaInnovation = trackOf(varna2018, 'innovative-growth');
const varnaFunding = trackOf(varna2018, 'financial-support');
const maritime = trackOf(blueSummit2026, 'maritime-innovation');
const greenPorts = trackOf(blueSummit2026, 'green-ports');

interface Args {
  track?: AgendaTrackView | null;
  headingLevel?: number;
  timeDisplay?: TimeDisplay;
  now?: string;
  hidePast?: boolean;
  showFavorites?: boolean;
  showCalendar?: boolean;
  favorites?: ReadonlySet<string>;
  hideHeading?: boolean;
  hideDay?: boolean;
  highlightedSession?: string;
}

const meta: Meta<Args> = {
  title: 'Components/Agenda Track',
  component: 'cluster-agenda-track',
  tags: ['autodocs'],
  argTypes: {
    timeDisplay: { control: 'inline-radio', options: ['event', 'viewer', 'both'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) =>
    html`<cluster-agenda-track
      .track=${args.track}
      .favorites=${args.favorites ?? new Set<string>()}
      heading-level=${args.headingLevel ?? nothing}
      time-display=${args.timeDisplay ?? nothing}
      now=${args.now ?? nothing}
      highlighted-session=${args.highlightedSession ?? nothing}
      ?hide-past=${args.hidePast ?? false}
      ?show-favorites=${args.showFavorites ?? false}
      ?show-calendar=${args.showCalendar ?? false}
      ?hide-heading=${args.hideHeading ?? false}
      ?hide-day=${args.hideDay ?? false}
    ></cluster-agenda-track>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A fictional timed topic over two days; try the time display, the clock and the favourites. */
export const Playground: Story = {
  args: {
    track: maritime,
    headingLevel: 3,
    timeDisplay: 'event',
    now: '2026-06-18T10:40:00+03:00',
    hidePast: false,
    showFavorites: true,
    showCalendar: true,
    hideHeading: false,
    hideDay: false,
  },
};

/**
 * The real Varna 2018 meeting: the hours were not published, so the sessions keep the order of the
 * organisers' release; the speakers are known only by role and organisation.
 */
export const Varna2018: Story = {
  render: () =>
    html`<div style="display: grid; gap: 1.5rem">
      <cluster-agenda-track .track=${varnaInnovation}></cluster-agenda-track>
      <cluster-agenda-track .track=${varnaFunding}></cluster-agenda-track>
    </div>`,
};

/** Times with zone, durations, rooms, a cancelled and a moved-online session, links on titles. */
export const TimedTrack: Story = {
  args: { track: greenPorts },
};

/**
 * The same topic in the event's zone, the reader's zone, and both (the reader's line appears only
 * where the two zones differ at that session's time). Change the browser's zone to see it move.
 */
export const TimeDisplayModes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 1.5rem">
      ${(['event', 'viewer', 'both'] as const).map(
        (mode) =>
          html`<section>
            <h2 style="font: 600 1rem system-ui; margin: 0 0 0.5rem">time-display="${mode}"</h2>
            <cluster-agenda-track heading-level="3" time-display=${mode} .track=${greenPorts}></cluster-agenda-track>
          </section>`,
      )}
    </div>`,
};

/** The clock pinned during the first day: "Now" on the session in progress, finished ones marked. */
export const NowAndFinished: Story = {
  args: { track: greenPorts, now: '2026-06-17T11:40:00+03:00' },
};

/** With `hide-past`, finished sessions wait behind a "Show N finished sessions" button. */
export const HidePast: Story = {
  args: { track: greenPorts, now: '2026-06-17T13:40:00+03:00', hidePast: true },
};

/**
 * Favourite buttons. Standalone, the element toggles its own copy; on a page, listen for
 * `cluster-favorite-change` and set `favorites` (as `<cluster-agenda>` does).
 */
export const Favourites: Story = {
  args: { track: maritime, showFavorites: true, favorites: new Set(['d1-antifouling', 'd2-wave-energy']) },
};

/**
 * "Add to calendar" on each timed session: one button per session, which opens the track's one
 * calendar menu under it (the `.ics` file, Google Calendar, Outlook.com), built only when opened.
 * Standalone, the file is a one-session `.ics` built from the track; on a page, listen for
 * `cluster-calendar-request` and call `preventDefault()` to answer from the whole document (as
 * `<cluster-agenda>` does, which also sets `calendarDocument` for the web calendars' links).
 */
export const AddToCalendar: Story = {
  args: { track: greenPorts, showCalendar: true },
};

/**
 * The calendar menu open under a session's button. Keyboard: Enter or Space opens it with focus on
 * its first item, Tab and Shift+Tab move through it (and out of it, as if it followed the button),
 * Escape closes it and returns focus to the button.
 */
export const CalendarMenuOpen: Story = {
  args: { track: greenPorts, showCalendar: true, showFavorites: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('cluster-agenda-track')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="calendar"]')?.click();
  },
};

/** The highlighted session, as after following a `#session-<id>` link. */
export const Highlighted: Story = {
  args: { track: greenPorts, highlightedSession: 'd1-shore-power' },
};

/**
 * A track of a document with `textFormat: "markdown"` (as a pretalx or frab schedule is imported):
 * the abstracts and the description show paragraphs, emphasis, links and lists; raw HTML stays
 * text. The Markdown renderer is loaded only for such a track. Open an abstract to see it.
 */
export const MarkdownAbstracts: Story = {
  args: {
    track: {
      name: 'Data in ports (Markdown)',
      description: 'Talks from the *call for papers*, imported from pretalx.',
      timeZone: 'Europe/Sofia',
      lang: 'en',
      textFormat: 'markdown',
      sessions: [
        {
          id: 'md-data-sharing',
          title: 'Sharing berth data between ports',
          start: '2026-06-16T10:00:00+03:00',
          end: '2026-06-16T10:45:00+03:00',
          abstract:
            'How three Black Sea ports publish **berth schedules** as open data.\n\nWe cover:\n\n- the data model\n- licences, see [the report](https://example.org/berth-data)\n- the `berths.json` feed\n\nRaw HTML such as <b>this</b> is shown as text.',
          speakers: [{ name: 'Nora Vale', jobTitle: 'Harbour Data Lead' }],
        },
      ],
    },
  },
};

/** No sessions yet. */
export const Empty: Story = {
  args: { track: { name: { en: 'Skills & Talent', bg: 'Умения и таланти' }, timeZone: 'Europe/Sofia', sessions: [] } },
};

/** No track given yet (for example while a parent is loading). */
export const NotSet: Story = {
  args: { track: undefined },
};

/**
 * Invalid data: a session with `start: "tomorrow"` is left out, an unsafe link is not linked, a bad
 * colour is ignored; the console lists every problem with its path. A track that is not an object
 * shows the error state.
 */
export const InvalidData: Story = {
  render: () =>
    html`<div style="display: grid; gap: 1.5rem">
      <cluster-agenda-track
        .track=${
          {
            name: 'Partly broken topic',
            color: 'red; background: url(https://example.org/x.png)',
            timeZone: 'Europe/Sofia',
            sessions: [
              { id: 'ok', title: 'A valid session', start: '2026-06-17T10:00:00+03:00', end: '2026-06-17T10:30:00+03:00' },
              { id: 'bad-time', title: 'Never shown', start: 'tomorrow' },
              { id: 'bad-link', title: 'Not linked', url: 'javascript:alert(1)' },
            ],
          } as AgendaTrackView
        }
      ></cluster-agenda-track>
      <cluster-agenda-track .track=${null}></cluster-agenda-track>
    </div>`,
};

/** Long Bulgarian titles, names and rooms wrap inside the column. */
export const LongText: Story = {
  render: () =>
    html`<div lang="bg" style="max-inline-size: 28rem">
      <cluster-agenda-track
        show-favorites
        .track=${
          {
            name: 'Финансова подкрепа за клъстерите в Югоизточна Европа и Черноморския регион',
            timeZone: 'Europe/Sofia',
            sessions: [
              {
                id: 'long',
                title:
                  'Възможности за финансиране на клъстерни организации по Оперативна програма „Иновации и конкурентоспособност“ 2014–2020 и тяхното приложение в малките и средните предприятия',
                start: '2026-06-17T10:00:00+03:00',
                end: '2026-06-17T11:30:00+03:00',
                kind: 'discussion',
                room: 'Конгресен център „Пясъчна коса“ (измислен), зала „Пеликан“',
                abstract: 'Измислен пример с дълго резюме. '.repeat(12),
                speakers: [
                  { jobTitle: 'Представител', organization: 'Асоциация на бизнес клъстерите', role: 'moderator' },
                  { name: 'Константина Христодулопулу-Василевска', jobTitle: 'Координатор на проекти', organization: 'Измислен клъстер' },
                ],
              },
            ],
          } as AgendaTrackView
        }
      ></cluster-agenda-track>
    </div>`,
};

const many = generateEvent({ sessions: 200, days: 2, tracks: 1, seed: 7 });

/** Many items: 200 generated sessions in one topic. */
export const ManyItems: Story = {
  args: { track: trackOf(many, many.event.tracks![0]!.id), showFavorites: true },
};

/** In a 320px column the time sits above the content; wide, time and content are side by side. */
export const Narrow: Story = {
  render: () =>
    html`<div style="inline-size: 320px; border: 1px dashed #767676">
      <cluster-agenda-track show-favorites now="2026-06-17T11:40:00+03:00" .track=${greenPorts}></cluster-agenda-track>
    </div>`,
};

export const Bulgarian: Story = {
  args: { track: greenPorts, now: '2026-06-17T11:40:00+03:00', showFavorites: true, timeDisplay: 'both' },
  render: (args, context) => html`<div lang="bg">${meta.render!(args, context)}</div>`,
};
