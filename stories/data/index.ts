/**
 * Demo content for stories, tests and benchmarks.
 *
 * `varna2018` — the real regional cluster meeting "Innovative Growth through Cluster Cooperation"
 * (Varna, 6 July 2018), transcribed from the organisers' news release of July 2018. Only what the
 * release says is in it; editorial choices, since JSON has no comments:
 * - The hours were not published, so the event `start` is the calendar date `2018-07-06` and every
 *   session is untimed (no `start`/`end`), listed in the order of the release.
 * - No venue beyond the city was published, so the venue is named after the city.
 * - The release names two programme topics but does not assign each item to one. The first part
 *   (BLUE NET, Enterprise Europe Network, Sea Harmony, FORESDA) is placed in "Innovative Growth:
 *   New Business Opportunities"; from "the meeting continued with the topic of clusters'
 *   sustainability" on (TRACE-KEI, Grow Your Region, European cluster policy and benchmarking, the
 *   OPIC call), the items are placed in "Financial Support for Clusters".
 * - Items the release says were "discussed" (Grow Your Region findings, the OPIC call) have kind
 *   `discussion`; the others `presentation`.
 * - Speakers are not named: the two people are known only by role and organisation (a
 *   representative of the Bulgarian Furniture Cluster, a representative of ABC). Presentations
 *   whose presenter is not stated have no participants.
 * - Projects carry no dates, budgets or programmes (none were given). The Bulgarian Furniture
 *   Cluster is a FORESDA partner with role `partner` because the release shows it involved without
 *   saying whether it leads.
 * - The TRACE-KEI objectives and key steps, and the Grow Your Region findings, are the release's
 *   lists, in its order; "ISIS" is kept as written in both languages.
 * - The OPIC call (Operational Programme "Innovation and Competitiveness" 2014-2020) is
 *   forthcoming with only an estimate ("by the end of 2018") and no deadlines.
 * - The URL is a placeholder on example.org.
 *
 * `blueSummit2026` — a clearly fictional two-day, four-track summit in Burgas that exercises every
 * field: timed sessions with +03:00 offsets, an evening session crossing midnight, a cancelled and
 * a moved-online session, a fully described project, nested objectives, funding calls in every
 * state, a paid registration with limited places, and a venue position (a made-up point on the
 * Burgas seafront for the made-up congress centre). Every name in it is invented; every URL is on
 * example.org. The real Varna 2018 meeting has neither: its release gives no registration and no
 * address beyond the city.
 *
 * `generateEvent` — a deterministic generator for "many items" stories and benchmarks.
 */
import type { EventDocument } from '../../src/data/types.js';
import varnaData from './varna-2018.json';
import blueSummitData from './blue-summit-2026.json';

export { generateEvent, GENERATED_TIME_ZONE } from './generate.js';
export type { GenerateEventOptions } from './generate.js';

/** The real Varna 2018 regional cluster meeting (untimed programme, unnamed speakers). */
export const varna2018 = varnaData as unknown as EventDocument;

/** A fictional, fully timed two-day summit that uses every field of the data model. */
export const blueSummit2026 = blueSummitData as unknown as EventDocument;
