/**
 * Gate: prose in Markdown and in plain text, part 3 of 4 (the whole programme, which passes the
 * document's text format on to its tracks): the markup payloads of the injection corpus and the
 * Markdown payloads in every field; only the allowed subset reaches the DOM. See security-prose.ts.
 */
import { proseGate } from './security-prose.js';

proseGate(3, ['cluster-agenda']);
