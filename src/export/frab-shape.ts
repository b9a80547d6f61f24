/**
 * Telling a frab / pretalx `schedule.json` from an event document by its shape, without loading
 * the converter (src/export/frab.ts), which elements load only when a schedule arrives.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for JSON shaped like a frab/pretalx schedule (`{ schedule: { conference: {...} } }`). */
export function isFrabSchedule(json: unknown): boolean {
  return isObject(json) && isObject(json['schedule']) && isObject(json['schedule']['conference']);
}
