/**
 * Gate: prose in Markdown and in plain text, part 2 of 4 (projects, objectives and calls): the
 * injection corpus and Markdown payloads in every field; only the allowed subset reaches the DOM.
 * See security-prose.ts.
 */
import { proseGate } from './security-prose.js';

proseGate(2, ['cluster-project-card', 'cluster-objective-list', 'cluster-funding-call-banner']);
