/**
 * The "Add to calendar" menu of an element (src/base/calendar-menu.ts): waiting for it to open
 * (the calendar writer and the menu load on first use), and choosing the `.ics` file in it.
 */
import { expect, waitUntil } from '@open-wc/testing';

type Host = HTMLElement & { updateComplete: Promise<unknown> };

/** The element's open calendar menu, or `null`. */
export const calendarMenuOf = (host: Host): HTMLElement | null => host.shadowRoot!.getElementById('calendar-menu');

/** Waits until the element's calendar menu is open (its writer loads on first use), and returns it. */
export async function openedCalendarMenu(host: Host): Promise<HTMLElement> {
  await host.updateComplete;
  // A loaded chunk can take a while in a busy browser: up to two seconds, as before.
  await waitUntil(() => calendarMenuOf(host) !== null, 'the calendar menu opened', { interval: 10, timeout: 2000 });
  await host.updateComplete;
  expect(calendarMenuOf(host), 'the calendar menu opened').to.be.instanceOf(HTMLElement);
  return calendarMenuOf(host)!;
}

/** The menu's items in order: the `.ics` file button, then the web calendars' links. */
export const calendarMenuItems = (menu: HTMLElement): HTMLElement[] => [...menu.querySelectorAll<HTMLElement>('.calendar-menu__item')];

/** Opens the calendar menu with a click on `trigger` and chooses the `.ics` file in it. */
export async function chooseCalendarFile(host: Host, trigger: HTMLElement): Promise<void> {
  trigger.click();
  const menu = await openedCalendarMenu(host);
  calendarMenuItems(menu)[0]!.click();
  await host.updateComplete;
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
