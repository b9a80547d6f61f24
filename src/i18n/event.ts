import { defineStrings } from './strings.js';

/** UI strings of `<cluster-event-header>`. */
export const eventStrings = defineStrings('event', {
  when: 'When',
  where: 'Where',
  format: 'Format',
  offline: 'In person',
  online: 'Online',
  mixed: 'In person and online',
  organizers: 'Organised by',
  partners: 'Partners',
  previously: (date: string) => `Originally planned for ${date}`,
});
