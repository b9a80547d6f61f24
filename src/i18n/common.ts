import { defineStrings } from './strings.js';

/** Strings shared by several elements: states, generic actions, statuses in words. */
export const commonStrings = defineStrings('common', {
  loading: 'Loading…',
  empty: 'Nothing to show yet.',
  invalidData: 'This content could not be shown: the data is not valid.',
  loadError: (detail: string) => `This content could not be loaded (${detail}).`,
  notJson: 'the file is not valid JSON',
  notAnEventDocument: 'the file is neither an event document nor a schedule',
  unsafeSrc: 'the address is not a safe link',
  networkError: 'network error',
  httpError: (status: number) => `HTTP ${status}`,
  someSkipped: (n: number) => (n === 1 ? '1 item could not be shown.' : `${n} items could not be shown.`),
  addToCalendar: 'Add to calendar',
  moreInformation: 'More information',
  opensInNewTab: '(opens in a new tab)',
  showMore: 'Show more',
  showLess: 'Show less',
  cancelled: 'Cancelled',
  postponed: 'Postponed',
  rescheduled: 'Rescheduled',
  movedOnline: 'Moved online',
  scheduled: 'Scheduled',
});
