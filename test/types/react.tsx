// TSX with the generated React 19 types: correct uses compile; each `@ts-expect-error` line must
// fail to compile, or tsc reports the directive as unused and the check fails.
/// <reference path="../../dist/types/jsx.d.ts" />
import type { EventDocument } from '../../dist/index.js';

declare const doc: EventDocument;

export function EventPage() {
  return (
    <>
      <cluster-event
        data={doc}
        sections="header agenda"
        heading-level="3"
        time-display="viewer"
        hide-json-ld
        now="2026-06-01T12:00:00+03:00"
        oncluster-data-error={(event) => event.detail.problems.map((p) => `${p.path}: ${p.message}`)}
      />
      <cluster-event src="/event.json" headingLevel={2} hideJsonLd={false} className="page" />
      <cluster-agenda src="/schedule.json" hide-past oncluster-filter-change={(event) => event.detail.tracks.join()} />
      <cluster-speaker-block name="Mira Demo" job-title="Cluster manager" compact />
      <cluster-funding-call-banner heading="Call" deadline="2027-04-30T17:00:00+03:00" time-zone="Europe/Sofia" dismissible />
      <cluster-project-card acronym="DEMO" emblem="eu-cofunded" heading-level={4} />
      <cluster-objective-list heading="Objectives" kind="steps" numbering="decimal" />
      {/* @ts-expect-error: not one of event, viewer, both */}
      <cluster-event time-display="nearby" />
      {/* @ts-expect-error: a heading level is a number */}
      <cluster-event heading-level={true} />
      {/* @ts-expect-error: no such property (TSX lets any hyphenated name through, as for data-*) */}
      <cluster-event headingLvl={2} />
      {/* @ts-expect-error: the listener receives the event's own type, whose detail has no `foo` */}
      <cluster-event oncluster-data-error={(event) => event.detail.foo} />
      {/* @ts-expect-error: not an emblem */}
      <cluster-project-card emblem="eu-sponsored" />
      {/* @ts-expect-error: kind is objectives, steps or findings */}
      <cluster-objective-list kind="goals" />
      {/* @ts-expect-error: no such element */}
      <cluster-nonexistent />
    </>
  );
}
