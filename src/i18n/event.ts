import { defineStrings } from './strings.js';

/** UI strings of `<cluster-event-header>`. */
export const eventStrings = defineStrings({
  en: {
    when: 'When',
    where: 'Where',
    format: 'Format',
    offline: 'In person',
    online: 'Online',
    mixed: 'In person and online',
    organizers: 'Organised by',
    partners: 'Partners',
    previously: (date: string) => `Originally planned for ${date}`,
  },
  bg: {
    when: 'Кога',
    where: 'Къде',
    format: 'Формат',
    offline: 'Присъствено',
    online: 'Онлайн',
    mixed: 'Присъствено и онлайн',
    organizers: 'Организатори',
    partners: 'Партньори',
    previously: (date: string) => `Първоначално планирано за ${date}`,
  },
});
