/**
 * Gate: prose in Markdown and in plain text, part 1 of 4 (a track and the people): the injection
 * corpus and Markdown payloads in every field; only the allowed subset reaches the DOM. See
 * security-prose.ts.
 */
import { proseGate } from './security-prose.js';

proseGate(1, ['cluster-agenda-track', 'cluster-speaker-block', 'cluster-speaker-list']);
