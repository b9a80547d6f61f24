/**
 * Gate: prose in Markdown and in plain text, part 4 of 4 (the whole page, which passes the
 * document's text format on to the calls and objective lists): the markup payloads of the
 * injection corpus and the Markdown payloads in every field; only the allowed subset reaches the
 * DOM. See security-prose.ts.
 */
import { proseGate } from './security-prose.js';

proseGate(4, ['cluster-event']);
