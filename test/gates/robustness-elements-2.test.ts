/**
 * Gate: robustness of the elements, part 2 of 3 (every third element of the table, so each
 * file stays within the runner's time limit). Arbitrary JSON and mutated valid views or documents
 * in every data property, odd values in every attribute: nothing throws or logs an error, the
 * element renders, problems have paths. See fuzz.ts.
 */
import { GATED_ELEMENTS } from './elements.js';
import { ELEMENT_RUNS, fuzzElement } from './fuzz.js';

describe('gate: robustness of the elements (fast-check), part 2', function () {
  this.timeout(300_000);
  for (const gate of GATED_ELEMENTS.filter((_, i) => i % 3 === 1)) {
    it(`<${gate.tag}> renders ${ELEMENT_RUNS} arbitrary and mutated inputs without throwing; problems have paths`, async () => {
      await fuzzElement(gate);
    });
  }
});
