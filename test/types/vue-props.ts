// The generated Vue types, checked the way Vue's language tools read them (the `$props` of each
// `GlobalComponents` entry). `vue` itself is not a dependency here: vue-stand-in/ declares the two
// interfaces the generated file uses, as Vue does.
/// <reference path="../../dist/types/vue.d.ts" />
import type { GlobalComponents } from 'vue';
import type { EventDocument } from '../../dist/index.js';

type PropsOf<K extends keyof GlobalComponents> = InstanceType<GlobalComponents[K]>['$props'];
declare const doc: EventDocument;

export const ok: PropsOf<'cluster-event'>[] = [
  { data: doc, sections: 'calls header', headingLevel: 3, noJsonLd: true, timeDisplay: 'both', class: 'x' },
  { src: '/event.json', headingLevel: '4', onClusterDataError: (event) => event.detail.problems.length },
];
export const agenda: PropsOf<'cluster-agenda'> = { hidePast: true, 'onCluster-filter-change': (event) => event.detail.query };

// @ts-expect-error: not one of event, viewer, both
export const badZone: PropsOf<'cluster-event'> = { timeDisplay: 'nearby' };
// @ts-expect-error: no such property
export const badName: PropsOf<'cluster-event'> = { headingLvl: 2 };
// @ts-expect-error: kind is objectives, steps or findings
export const badKind: PropsOf<'cluster-objective-list'> = { kind: 'goals' };
