import { expect } from '@open-wc/testing';
import { jsonLdScript, TRUSTED_TYPES_POLICY } from '../src/base/trusted-script.js';
import { jsonLdScriptText } from '../src/export/script-text.js';

interface TrustedTypesApi {
  isScript(value: unknown): boolean;
  createPolicy(name: string, rules: { createScript(input: string): string }): unknown;
}
const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesApi }).trustedTypes;

describe('jsonLdScript (the cluster-events Trusted Types policy)', () => {
  const data = { '@context': 'https://schema.org', name: '</script><script>alert(1)</script> & more' };

  // First: the policy is created on the first call, and this file's page has not made one yet.
  it('creates the cluster-events policy on first use, which passes only the JSON it has just serialised', function () {
    if (!trustedTypes) this.skip();
    const created: { name: string; rules: { createScript(input: string): string } }[] = [];
    const original = trustedTypes.createPolicy;
    trustedTypes.createPolicy = function (name: string, rules: { createScript(input: string): string }) {
      created.push({ name, rules });
      return original.call(this, name, rules);
    };
    try {
      jsonLdScript(data);
      jsonLdScript([1, 2]);
    } finally {
      trustedTypes.createPolicy = original;
    }
    expect(created.map((p) => p.name)).to.deep.equal([TRUSTED_TYPES_POLICY]);
    expect(TRUSTED_TYPES_POLICY).to.equal('cluster-events');
    const { createScript } = created[0]!.rules;
    expect(() => createScript('alert(document.cookie)')).to.throw(TypeError);
    expect(() => createScript(jsonLdScriptText(data))).to.throw(TypeError, 'only writes JSON-LD it serialised');
  });

  it('gives the escaped JSON-LD text, and a value whose text is the same', () => {
    const script = jsonLdScript(data);
    expect(script.text).to.equal(jsonLdScriptText(data));
    expect(script.text).not.to.include('<');
    expect(String(script.value)).to.equal(script.text);
  });

  it('makes the value a TrustedScript where the browser has Trusted Types (Chromium), plain text elsewhere', function () {
    const { value } = jsonLdScript(data);
    if (!trustedTypes) {
      expect(value).to.be.a('string');
      return;
    }
    expect(trustedTypes.isScript(value)).to.equal(true);
  });

  it('writes a script an element can hold: the text parses back to the data', () => {
    const el = document.createElement('script');
    el.type = 'application/ld+json';
    el.textContent = jsonLdScript(data).value;
    expect(JSON.parse(el.textContent ?? '')).to.deep.equal(data);
  });
});
