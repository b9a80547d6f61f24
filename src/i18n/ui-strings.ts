/**
 * The type of every area's UI strings, by area name: what a language module (locales/bg.ts) must
 * provide, with exactly the English keys and arguments. Types only: importing it loads nothing.
 */
import type { agendaStrings } from './agenda.js';
import type { agendaFilterStrings } from './agenda-filters.js';
import type { calendarMenuStrings } from './calendar-menu.js';
import type { commonStrings } from './common.js';
import type { eventStrings } from './event.js';
import type { eventListStrings } from './event-list.js';
import type { eventPageStrings } from './event-page.js';
import type { fundingStrings } from './funding.js';
import type { peopleStrings } from './people.js';
import type { ProblemStrings } from './problems.js';
import type { objectiveListStrings, projectCardStrings } from './projects.js';

/** Every area's strings; the keys are the area names given to `defineStrings`. */
export interface UiStrings {
  common: ReturnType<typeof commonStrings>;
  calendarMenu: ReturnType<typeof calendarMenuStrings>;
  funding: ReturnType<typeof fundingStrings>;
  event: ReturnType<typeof eventStrings>;
  eventPage: ReturnType<typeof eventPageStrings>;
  eventList: ReturnType<typeof eventListStrings>;
  people: ReturnType<typeof peopleStrings>;
  projectCard: ReturnType<typeof projectCardStrings>;
  objectiveList: ReturnType<typeof objectiveListStrings>;
  agenda: ReturnType<typeof agendaStrings>;
  agendaFilter: ReturnType<typeof agendaFilterStrings>;
  /** The frame of the `show-problems` list (its English travels with the list: problems.ts). */
  problems: ProblemStrings;
}

export type UiArea = keyof UiStrings;
