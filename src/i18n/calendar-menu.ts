import { defineStrings } from './strings.js';

/**
 * The items of the "Add to calendar" menu (src/base/calendar-menu.ts): in the page load only of
 * the elements that have the menu (event header, agenda track, funding-call banner).
 */
export const calendarMenuStrings = defineStrings('calendarMenu', {
  calendarFile: 'Calendar file (.ics)',
  googleCalendar: 'Google Calendar',
  outlookCalendar: 'Outlook.com',
});
