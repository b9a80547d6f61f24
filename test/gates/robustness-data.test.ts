/**
 * Gate: robustness of the parsers, property-based (fast-check). Arbitrary JSON (as values and as
 * text) and mutated valid documents go into parseEventDocument and fromFrabSchedule: nothing may
 * throw, every problem has a path and a message, and what is accepted parses again cleanly.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseEventDocument } from '../../src/data/parse.js';
import { fromFrabSchedule } from '../../src/export/frab.js';
import { jsonValue, mutated } from './documents.js';
import { check, documentInputs, expectProblemsWithPaths, frabSchedule } from './properties.js';

describe('gate: robustness of the parsers (fast-check)', function () {
  this.timeout(180_000);

  it('parseEventDocument never throws on arbitrary or mutated input; problems have paths', async () => {
    await check('parseEventDocument(arbitrary)', documentInputs, (input) => {
      const result = parseEventDocument(input);
      expect(result.document === null || typeof result.document === 'object').to.equal(true);
      expectProblemsWithPaths(result.problems);
      JSON.stringify(result);
    });
  });

  it('what parseEventDocument accepts parses again without problems and unchanged', async () => {
    await check('parseEventDocument(accepted) round trip', documentInputs, (input) => {
      const first = parseEventDocument(input).document;
      if (!first) return;
      const again = parseEventDocument(first);
      expect(again.problems, `the valid part of a document is not valid: ${JSON.stringify(again.problems)}`).to.deep.equal([]);
      expect(again.document).to.deep.equal(first);
    });
  });

  it('fromFrabSchedule never throws on arbitrary or mutated schedules; its documents are valid', async () => {
    expect(fromFrabSchedule(frabSchedule).document, "the gate's own schedule imports").not.to.equal(null);
    const inputs = fc.oneof(jsonValue, mutated(frabSchedule), mutated(frabSchedule), fc.constant(frabSchedule));
    await check('fromFrabSchedule', inputs, (input) => {
      const result = fromFrabSchedule(input);
      expectProblemsWithPaths(result.problems);
      if (result.document) {
        const reparsed = parseEventDocument(result.document);
        expect(reparsed.problems, `the importer wrote a document the parser rejects: ${JSON.stringify(reparsed.problems)}`).to.deep.equal([]);
      }
    });
  });
});

describe('gate: fromFrabSchedule writes documents the parser accepts', () => {
  it('a conference whose start is a date-time and whose end is a date', () => {
    const schedule = JSON.parse(JSON.stringify(frabSchedule)) as typeof frabSchedule;
    (schedule.schedule.conference as { start: string }).start = '2026-09-10T09:00:00+03:00';
    const { document } = fromFrabSchedule(schedule);
    expect(document).not.to.equal(null);
    const reparsed = parseEventDocument(document);
    expect(reparsed.problems, `${document!.event.start} .. ${document!.event.end}`).to.deep.equal([]);
  });
});
