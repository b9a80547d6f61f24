import { jsonLdScriptText } from '../export/script-text.js';

/**
 * The name of the Trusted Types policy through which the elements write the text of their
 * `<script type="application/ld+json">`. A page whose Content-Security-Policy has
 * `require-trusted-types-for 'script'` lists it in its `trusted-types` directive
 * (`trusted-types lit-html cluster-events`); see the README's "Content Security Policy" section.
 */
export const TRUSTED_TYPES_POLICY = 'cluster-events';

// The part of the Trusted Types API used here (not in TypeScript's DOM library yet).
interface TrustedScriptPolicy {
  createScript(input: string): object;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): TrustedScriptPolicy;
}

/**
 * The text of a JSON-LD script, made only by {@link jsonLdScript}: `text` to compare with what a
 * script holds, `value` to assign to its `textContent` (a TrustedScript where the browser has
 * Trusted Types, else the same string).
 */
export interface JsonLdScriptText {
  readonly text: string;
  readonly value: string;
}

/** `undefined` until first needed; `null` where there are no Trusted Types or the page refused the policy. */
let policy: TrustedScriptPolicy | null | undefined;
/** The one string the policy accepts: set by {@link jsonLdScript} just before it asks. */
let serialised: string | null = null;

function scriptPolicy(): TrustedScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  policy = null;
  if (factory) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        // Passes only the JSON this module has just serialised, never text from anywhere else:
        // the policy object is private to this module, and the check makes that hold even then.
        createScript: (input) => {
          if (input !== serialised) throw new TypeError(`the ${TRUSTED_TYPES_POLICY} policy only writes JSON-LD it serialised`);
          return input;
        },
      });
    } catch {
      // The page's `trusted-types` directive does not name the policy: assigning the text then
      // throws, and the element reports that its JSON-LD could not be written.
    }
  }
  return policy;
}

/**
 * Serialises `data` as the text of a `<script type="application/ld+json">` (see
 * `jsonLdScriptText`: no value can close the element) and, where the browser has Trusted Types,
 * makes it a TrustedScript through the `cluster-events` policy, created on first use.
 */
export function jsonLdScript(data: unknown): JsonLdScriptText {
  const text = jsonLdScriptText(data);
  const trusted = scriptPolicy();
  if (!trusted) return { text, value: text };
  serialised = text;
  try {
    // A TrustedScript is what `textContent` takes under Trusted Types; its type is not in TypeScript's DOM library.
    return { text, value: trusted.createScript(text) as unknown as string };
  } finally {
    serialised = null;
  }
}
