import { expect } from '@open-wc/testing';

// Runs in the groups whose browser zone is far from Europe/Sofia: proves the emulation is active,
// so that the other zone tests in this folder really test a distant viewer.
describe('browser time zone emulation', () => {
  it('runs with a browser zone other than Europe/Sofia', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(['America/New_York', 'Asia/Tokyo']).to.include(zone);
  });
});
