// The generated Vue types (dist/types/vue.d.ts, imported the way docs/frameworks.md tells users to)
// checked against the real `vue` package, the way Vue's language tools (vue-tsc, Volar) read a tag
// in a template: they look it up in `vue`'s `GlobalComponents`, take its props from the `$props` of
// the component's instance (`ComponentInstance`, from Vue) and its event types from `$emit`.
// In a template `:heading-level="3"` is the prop `headingLevel: 3`, `heading-level="3"` the string
// "3", and `@cluster-data-error="fn"` the listener `onClusterDataError: fn`. Object literals reject
// unknown props as vue-tsc does with `strictTemplates`. Each `@ts-expect-error` line must fail to
// compile, or tsc reports the directive as unused and the check fails. (A .tsx file, like react.tsx,
// so tsconfig.test.json, which CI runs before the build makes dist/, leaves it out.)
import type { ComponentInstance, GlobalComponents } from 'vue';
import type {} from '@cluster-events/components/types/vue';
import type { EventDocument } from '@cluster-events/components';

type ClusterTag = Extract<keyof HTMLElementTagNameMap, `cluster-${string}`>;
type PropsOf<T extends keyof GlobalComponents> = ComponentInstance<GlobalComponents[T]>['$props'];
type EmitOf<T extends keyof GlobalComponents> = ComponentInstance<GlobalComponents[T]>['$emit'];

// Every element the package defines is a global component to Vue, and nothing else is.
type NotInVue = Exclude<ClusterTag, keyof GlobalComponents>;
export const everyTagKnown: [ClusterTag] extends [never] ? 'no elements declared' : [NotInVue] extends [never] ? true : NotInVue = true;
// @ts-expect-error: not an element of this package
export const unknownTag: keyof GlobalComponents = 'cluster-nope';

// Each element property keeps its own type as a Vue prop (Vue's attribute types narrow none of them).
type OwnProps<T extends ClusterTag> = Exclude<keyof PropsOf<T> & keyof HTMLElementTagNameMap[T], keyof HTMLElement>;
type Narrowed<T extends ClusterTag> = { [K in OwnProps<T>]: HTMLElementTagNameMap[T][K] extends PropsOf<T>[K] ? never : K }[OwnProps<T>];
type AnyNarrowed = { [T in ClusterTag]: Narrowed<T> }[ClusterTag];
export const noPropNarrowed: [AnyNarrowed] extends [never] ? true : AnyNarrowed = true;
export const eventProps: OwnProps<'cluster-event'>[] = ['data', 'src', 'sections', 'headingLevel', 'hideJsonLd', 'timeDisplay', 'now'];
// @ts-expect-error: not a property of the element
export const notAProp: OwnProps<'cluster-event'> = 'headingLvl';

declare const doc: EventDocument;

export const ok: PropsOf<'cluster-event'>[] = [
  { data: doc, sections: 'calls header', headingLevel: 3, hideJsonLd: true, timeDisplay: 'both', now: '2026-06-01T12:00:00+03:00' },
  { src: '/event.json', headingLevel: '4', onClusterDataError: (event) => event.detail.problems.map((p) => `${p.path}: ${p.message}`) },
  // Vue's own attributes and special props: class, style, id, aria-*, DOM listeners, key and ref.
  {
    class: ['page', { wide: true }],
    style: { color: 'red' },
    id: 'programme',
    'aria-label': 'Programme',
    onClick: (event) => event.button,
    key: 'e1',
    ref: 'el',
  },
];
export const agenda: PropsOf<'cluster-agenda'> = {
  hidePast: true,
  'onCluster-filter-change': (event) => event.detail.query,
  onClusterFavoriteChange: (event) => event.detail.favorite,
};
export const banner: PropsOf<'cluster-funding-call-banner'> = { deadline: '2027-04-30T17:00:00+03:00', timeZone: 'Europe/Sofia', dismissible: true };
export const objectives: PropsOf<'cluster-objective-list'> = { heading: 'Objectives', kind: 'steps', headingLevel: 2 };

// @ts-expect-error: not one of event, viewer, both
export const badZone: PropsOf<'cluster-event'> = { timeDisplay: 'nearby' };
// @ts-expect-error: a heading level is a number or its digits
export const badLevel: PropsOf<'cluster-event'> = { headingLevel: 'three' };
// @ts-expect-error: hidePast is a boolean
export const badFlag: PropsOf<'cluster-agenda'> = { hidePast: 'yes' };
// @ts-expect-error: no such property
export const badName: PropsOf<'cluster-event'> = { headingLvl: 2 };
// @ts-expect-error: kind is objectives, steps or findings
export const badKind: PropsOf<'cluster-objective-list'> = { kind: 'goals' };
// @ts-expect-error: the speaker list takes speakers, not a single speaker
export const badList: PropsOf<'cluster-speaker-list'> = { speakers: { name: 'Mira Demo' } };
// @ts-expect-error: the data-error detail has problems, not errors
export const badDetail: PropsOf<'cluster-event'> = { onClusterDataError: (event) => event.detail.errors };

// `$emit` names each element's events with their types (what Volar falls back to for `@name`).
export function emits(agendaEmit: EmitOf<'cluster-agenda'>, bannerEmit: EmitOf<'cluster-funding-call-banner'>) {
  const filterChange = new CustomEvent('cluster-filter-change', { detail: { tracks: [], rooms: [], query: '', onlyFavorites: false } });
  agendaEmit('cluster-filter-change', filterChange);
  // @ts-expect-error: the agenda does not fire cluster-dismiss
  agendaEmit('cluster-dismiss', filterChange);
  // @ts-expect-error: a filter change is not a dismissal
  bannerEmit('cluster-dismiss', filterChange);
}
