import { defineStrings } from './strings.js';
import { pluralCategory } from './locale.js';

/** UI strings of `<cluster-funding-call-banner>`. */
export const fundingStrings = defineStrings('funding', {
  forthcoming: 'Forthcoming',
  /** The call was expected to open by a date that has passed, and no opening date is given. */
  unconfirmed: 'Opening not confirmed',
  open: 'Open',
  closingSoon: 'Closing soon',
  closed: 'Closed',
  suspended: 'Suspended',
  cancelled: 'Cancelled',
  status: 'Status',
  /** Announced once in the live region when the status changes while the banner is shown. */
  announceForthcoming: (title: string) => `The call “${title}” is forthcoming.`,
  announceUnconfirmed: (title: string) => `The expected opening of the call “${title}” has passed without confirmed dates.`,
  announceOpen: (title: string) => `The call “${title}” is now open.`,
  announceClosingSoon: (title: string) => `The call “${title}” is closing soon.`,
  announceClosed: (title: string) => `The call “${title}” is now closed.`,
  announceSuspended: (title: string) => `The call “${title}” has been suspended.`,
  announceCancelled: (title: string) => `The call “${title}” has been cancelled.`,
  daysLeft: (n: string, count: number) => (pluralCategory(count, 'en') === 'one' ? `${n} day left` : `${n} days left`),
  hoursLeft: (n: string, count: number) => (pluralCategory(count, 'en') === 'one' ? `${n} hour left` : `${n} hours left`),
  minutesLeft: (n: string, count: number) => (pluralCategory(count, 'en') === 'one' ? `${n} minute left` : `${n} minutes left`),
  opens: 'Opens',
  opened: 'Opened',
  opening: 'Opening',
  /** The opening fact of a call known only by the date it is expected to open by. */
  opensBy: (date: string) => `Expected by ${date}`,
  deadline: 'Deadline',
  deadlines: 'Deadlines',
  nextDeadline: 'Next deadline',
  cutOff: (n: number) => `Cut-off ${n}`,
  noDeadline: 'Not announced yet',
  passed: 'passed',
  extendedFrom: (date: string) => `extended from ${date}`,
  /** A date and time followed by the zone they are given in. */
  zonedDateTime: (dateTime: string, zone: string) => `${dateTime} ${zone}`,
  /**
   * How a zone is named: `city` takes the city of the IANA id ("Brussels time"), `generic` the
   * localized generic zone name from Intl, for languages whose city names Intl does not know.
   */
  zoneNaming: 'city',
  cityTime: (city: string) => `${city} time`,
  yourTime: (dateTime: string) => `${dateTime} your time`,
  budget: 'Budget',
  perProjectMax: (amount: string) => `up to ${amount} per project`,
  identifier: 'Reference',
  apply: 'Apply',
  moreInformation: 'More information',
  addDeadline: 'Add deadline to calendar',
  addCutOff: 'Add to calendar',
  dismiss: (title: string) => `Dismiss ${title}`,
  /** Announced politely when the reader dismisses the banner. */
  dismissed: (title: string) => `The call “${title}” was hidden.`,
  fileName: 'deadline',
});
