/**
 * The calendar file of a funding call's deadline, as the `write` step of `offerICalendar`: the
 * options are fixed when the reader presses the button; the writer itself loads on first use.
 * No DOM: the element passes the page's base URL, against which the call's page is resolved.
 */
import type { ICalendarFile, ICalendarWriter } from '../../base/calendar.js';
import type { CalendarLinkWriter } from '../../base/calendar-menu.js';
import type { WebCalendarLinks } from '../../export/web-calendars.js';
import type { DeadlineView } from '../../data/funding-call-view.js';
import type { FundingCall, TextFormat } from '../../data/types.js';
import { safeUrl } from '../../data/url.js';

/**
 * One deadline of `call` as an `.ics` entry linking to the call's page (resolved against `baseUrl`),
 * in a file named after the call id and `fileWord` ("deadline", in the banner's language); the
 * call's summary is written as plain text when `textFormat` (the banner's) is `markdown`.
 */
export function deadlineCalendar(
  call: FundingCall,
  deadline: DeadlineView,
  lang: string,
  now: Date,
  baseUrl: string,
  textFormat: TextFormat,
  fileWord: string,
): (writer: ICalendarWriter) => ICalendarFile {
  const options = { lang, now, url: pageUrl(call, baseUrl), textFormat };
  const base = call.id.replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80) || 'call';
  const filename = `${base}-${fileWord}.ics`;
  return ({ icsForDeadline }) => ({ ics: icsForDeadline(call, deadline.deadline, options), filename });
}

/**
 * The web calendars' links of one deadline of `call`, linking to the call's page (resolved against
 * `baseUrl`), once the writer has loaded; the call's summary is plain text when `textFormat` is `markdown`.
 */
export function deadlineLinks(
  call: FundingCall,
  deadline: DeadlineView,
  lang: string,
  baseUrl: string,
  textFormat: TextFormat,
): (writer: CalendarLinkWriter) => WebCalendarLinks | null {
  const options = { lang, url: pageUrl(call, baseUrl), textFormat };
  return ({ deadlineWebCalendarLinks }) => deadlineWebCalendarLinks(call, deadline.deadline, options);
}

/** The call's information page as an absolute URL against `baseUrl` (the calendar entry links to it), if there is one. */
function pageUrl(call: FundingCall, baseUrl: string): string | undefined {
  const info = safeUrl(call.infoUrl);
  if (!info) return undefined;
  try {
    return new URL(info, baseUrl).href;
  } catch {
    return undefined;
  }
}
