/**
 * Gate: security, part 1 of 3 (every third element of the table). The injection corpus in every
 * text, URL, colour and id field of the demo documents and in every text and URL attribute: no
 * payload runs, nothing unsafe reaches the DOM, offered calendars stay valid. See security.ts.
 */
import { installPwnedFlag } from './corpus.js';
import { GATED_ELEMENTS } from './elements.js';
import { checkElementSecurity } from './security.js';

describe('gate: security (injection corpus in every field), part 1', function () {
  this.timeout(240_000);

  let flag: ReturnType<typeof installPwnedFlag>;
  beforeEach(() => {
    flag = installPwnedFlag();
  });
  afterEach(() => flag.uninstall());

  for (const gate of GATED_ELEMENTS.filter((_, i) => i % 3 === 0)) {
    it(`<${gate.tag}>: no payload runs, nothing unsafe reaches the DOM, calendars stay valid`, async () => {
      await checkElementSecurity(gate, flag);
    });
  }
});
