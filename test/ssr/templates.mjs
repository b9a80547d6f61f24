// The templates the SSR test renders on the server (Node) and hydrates in the browser: one module
// for both sides, so the two render exactly the same templates with the same values. Every element
// gets the Varna 2018 demo (or the view of it the element takes) and a pinned clock; the agenda also
// renders a frab / pretalx schedule (whose converter both sides must preload: docs/ssr.md).
import { html } from 'lit';
// Romanian, a language registered by a module (docs/i18n.md): on both sides before rendering.
import '../../dist/locales/ro.js';
import { buildAgenda } from '../../dist/data/agenda-view.js';
import { speakerViewsFromDocument } from '../../dist/data/people-view.js';
import { objectiveListViewsFromDocument, projectCardViewsFromDocument } from '../../dist/data/project-view.js';

/** The clock every element is pinned to, so server and browser render the same state. */
export const NOW = '2018-07-01T12:00:00+03:00';

/**
 * One entry per element: its tag, the template, and texts a reader must find in the server HTML;
 * with `language`, no fixed UI label of another language may be in it (test/ssr.test.mjs).
 * @param {import('../../dist/data/types.js').EventDocument} doc the Varna 2018 document
 * @param {unknown} schedule a frab / pretalx schedule.json
 */
export function templates(doc, schedule) {
  const track = buildAgenda(doc, { timeZone: doc.event.timeZone, lang: 'en' }).days[0].tracks[0];
  const speaker = speakerViewsFromDocument(doc)[0];
  const project = projectCardViewsFromDocument(doc).find((p) => p.id === 'trace-kei');
  const list = objectiveListViewsFromDocument(doc, 'trace-kei')[0];
  const call = doc.fundingCalls[0];
  return [
    {
      tag: 'cluster-event',
      language: 'en',
      template: html`<cluster-event .data=${doc} now=${NOW}></cluster-event>`,
      expected: ['Innovative Growth through Cluster Cooperation', 'Programme', 'Speakers', 'Projects', 'Funding calls', 'TRACE-KEI'],
    },
    {
      tag: 'cluster-event-header',
      template: html`<cluster-event-header .data=${doc}></cluster-event-header>`,
      expected: ['Innovative Growth through Cluster Cooperation', 'July 6, 2018', 'Varna', 'Marine Cluster Bulgaria', 'Add to calendar'],
    },
    {
      tag: 'cluster-event-list',
      template: html`<cluster-event-list .data=${[doc]} now=${NOW}></cluster-event-list>`,
      expected: ['Innovative Growth through Cluster Cooperation', 'Upcoming events', 'Varna'],
    },
    {
      tag: 'cluster-agenda',
      template: html`<cluster-agenda .data=${doc} now=${NOW}></cluster-agenda>`,
      expected: ['Innovative Growth: New Business Opportunities', 'Financial Support for Clusters', 'Sea Harmony: an innovation for artificial reefs'],
    },
    {
      tag: 'cluster-agenda-track',
      template: html`<cluster-agenda-track .track=${track} now=${NOW}></cluster-agenda-track>`,
      expected: ['Innovative Growth: New Business Opportunities', 'Cluster practices in determining the innovative needs of SMEs'],
    },
    {
      tag: 'cluster-speaker-list',
      template: html`<cluster-speaker-list .data=${doc}></cluster-speaker-list>`,
      expected: ['Representative, Bulgarian Furniture Cluster', 'Representative, Association of Business Clusters'],
    },
    {
      tag: 'cluster-speaker-block',
      template: html`<cluster-speaker-block .speaker=${speaker}></cluster-speaker-block>`,
      expected: ['Representative, Bulgarian Furniture Cluster', 'FORESDA: transforming traditional forest-based industries'],
    },
    {
      tag: 'cluster-project-card',
      template: html`<cluster-project-card .project=${project} now=${NOW}></cluster-project-card>`,
      expected: ['TRACE-KEI', 'A systematic approach to cluster excellence', 'Build and update long-term cluster strategies'],
    },
    {
      tag: 'cluster-objective-list',
      template: html`<cluster-objective-list .items=${list.items} heading=${list.heading.en} kind=${list.kind}></cluster-objective-list>`,
      expected: ['Main objectives of the TRACE-KEI project', 'Build and update long-term cluster strategies'],
    },
    {
      tag: 'cluster-funding-call-banner',
      template: html`<cluster-funding-call-banner .call=${call} now=${NOW}></cluster-funding-call-banner>`,
      expected: ['Call for innovative clusters under OPIC', 'Forthcoming'],
    },
    // In Bulgarian (the element's own lang: on the server there are no ancestors), once the
    // Bulgarian UI strings are preloaded on both sides (docs/ssr.md); `absent` must not show.
    {
      tag: 'cluster-funding-call-banner',
      label: 'lang="bg"',
      template: html`<cluster-funding-call-banner lang="bg" .call=${call} now=${NOW}></cluster-funding-call-banner>`,
      expected: ['Предстояща', 'Откриване', 'Краен срок', 'Все още не е обявен'],
      absent: ['Forthcoming', 'Opening', 'Deadline', 'Not announced yet'],
    },
    {
      tag: 'cluster-project-card',
      label: 'lang="bg"',
      template: html`<cluster-project-card lang="bg" .project=${project} now=${NOW}></cluster-project-card>`,
      expected: ['TRACE-KEI', 'Цели', 'Всички 4 цели'],
      absent: ['Objectives', 'All 4 objectives'],
    },
    {
      tag: 'cluster-event-header',
      label: 'lang="bg"',
      template: html`<cluster-event-header lang="bg" .data=${doc}></cluster-event-header>`,
      expected: ['Кога', 'Къде', 'Добавяне в календара'],
      absent: ['When', 'Where', 'Add to calendar', 'Organised by'],
    },
    // A whole page in one language: the elements <cluster-event> renders inside itself take its
    // lang on the server too (test/ssr.test.mjs also checks that no label of another language is left).
    {
      tag: 'cluster-event',
      label: 'lang="bg"',
      language: 'bg',
      template: html`<cluster-event lang="bg" hide-json-ld .data=${doc} now=${NOW}></cluster-event>`,
      expected: ['Програма', 'Лектори', 'Кога', 'Къде', 'Търсене в сесиите', 'Добавяне в календара', 'Предстояща'],
      absent: ['When', 'Where', 'Search sessions', 'Add to calendar', 'Forthcoming'],
    },
    {
      tag: 'cluster-event',
      label: 'lang="ro" (a registered language)',
      language: 'ro',
      template: html`<cluster-event lang="ro" hide-json-ld .data=${doc} now=${NOW}></cluster-event>`,
      expected: ['Program', 'Vorbitori', 'Când', 'Unde', 'Caută în sesiuni', 'Adaugă în calendar', 'Urmează'],
      absent: ['When', 'Where', 'Search sessions', 'Add to calendar', 'Forthcoming'],
    },
    {
      tag: 'cluster-agenda',
      label: 'a frab schedule',
      template: html`<cluster-agenda .data=${schedule} now=${NOW}></cluster-agenda>`,
      expected: ['Schedules from frab, shown without a build', 'Rada Example'],
    },
  ];
}
