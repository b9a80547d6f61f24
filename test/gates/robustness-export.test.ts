/**
 * Gate: robustness of the exports, property-based (fast-check). What the parser accepts from
 * mutated documents, and well-typed documents whose strings are arbitrary (what a TypeScript
 * caller can pass without validating), go into toICalendar, icsForEvent, icsForDeadline and
 * toJsonLd: nothing may throw, every calendar is valid RFC 5545 (CRLF only, folded at 75 octets,
 * balanced, required properties, no property smuggled in from data) and every JSON-LD script
 * text is inert.
 */
import fc from 'fast-check';
import { parseEventDocument } from '../../src/data/parse.js';
import { icsForDeadline, icsForEvent, toICalendar } from '../../src/export/ical-markdown.js';
import { clone } from './documents.js';
import type { EventDocument } from '../../src/data/types.js';
import {
  NOW,
  RUNS,
  acceptedDocuments,
  compactSummit,
  expectProblemsWithPaths,
  check,
  expectInertJsonLd,
  expectValidCalendar,
  typedHostileDocuments,
} from './properties.js';

describe('gate: robustness of the exports (fast-check)', function () {
  this.timeout(180_000);

  it('toICalendar writes valid RFC 5545 for every accepted document', async () => {
    await check('toICalendar(accepted)', acceptedDocuments, (doc) => {
      expectValidCalendar(toICalendar(doc, { now: NOW, lang: 'bg', calendarName: 'Програма\r\nX-INJECTED:1' }));
    });
  });

  it('toICalendar never throws on well-typed documents with arbitrary strings, and stays valid', async () => {
    await check('toICalendar(typed hostile)', typedHostileDocuments, ({ doc }) => {
      expectValidCalendar(toICalendar(doc, { now: NOW }));
    });
  });

  it('icsForEvent and icsForDeadline never throw on well-typed documents with arbitrary strings, and stay valid', async () => {
    const which = fc.tuple(typedHostileDocuments, fc.nat(), fc.nat());
    await check(
      'icsForEvent / icsForDeadline(typed hostile)',
      which,
      ([{ doc }, c, d]) => {
        expectValidCalendar(icsForEvent(doc, { now: NOW }));
        const calls = doc.fundingCalls ?? [];
        const call = calls[c % Math.max(1, calls.length)];
        const deadline = call?.deadlines[d % Math.max(1, call.deadlines.length)];
        if (call && deadline) expectValidCalendar(icsForDeadline(call, deadline, { lang: 'en', now: NOW, url: call.infoUrl }));
      },
      Math.round(RUNS * 0.3),
    );
  });

  it('toJsonLd never throws and its script text is inert, for accepted and well-typed hostile documents', async () => {
    await check('toJsonLd(accepted)', acceptedDocuments, expectInertJsonLd);
    await check('toJsonLd(typed hostile)', typedHostileDocuments, ({ doc }) => expectInertJsonLd(doc));
  });
});

describe('gate: exports of ids with a lone surrogate', () => {
  // JSON text can hold a lone surrogate ("\ud800"), and a TypeScript caller can pass one in any id;
  // encodeURIComponent throws URIError on it, so the exports must not use it on ids unguarded.
  const cases: Record<string, (doc: EventDocument) => void> = {
    'a session id': (d) => (d.event.sessions![0]!.id = 'opening-\ud800'),
    'the event id': (d) => (d.event.id = 'summit-\udfff'),
    'a project id': (d) => (d.projects![0]!.id = 'project-\ud800'),
    'an objective list id': (d) => (d.objectiveLists![0]!.id = 'list-\ud800'),
  };
  for (const [what, edit] of Object.entries(cases)) {
    it(`toICalendar and toJsonLd do not throw with a lone surrogate in ${what}`, () => {
      const doc = clone(compactSummit);
      edit(doc);
      expectValidCalendar(toICalendar(doc, { now: NOW }));
      expectInertJsonLd(doc);
      // What the parser makes of it (accepted or reported) must export too.
      const parsed = parseEventDocument(doc);
      expectProblemsWithPaths(parsed.problems);
      if (parsed.document) {
        expectValidCalendar(toICalendar(parsed.document, { now: NOW }));
        expectInertJsonLd(parsed.document);
      }
    });
  }
});
