/**
 * Remembers which funding calls a reader dismissed, per call id, in localStorage. Storage may be
 * missing, full, or forbidden (private modes, sandboxed frames, blocked cookies): every failure
 * is swallowed, and the banner then simply forgets the dismissal at the next page load.
 */
const PREFIX = 'cluster-funding-call-dismissed:';

/** The localStorage key of a call's dismissal. */
export function dismissalKey(callId: string): string {
  return `${PREFIX}${callId}`;
}

/** True when the reader dismissed this call before (false when storage cannot be read). */
export function isDismissed(callId: string): boolean {
  if (!callId) return false;
  try {
    return globalThis.localStorage?.getItem(dismissalKey(callId)) === '1';
  } catch {
    return false;
  }
}

/** Stores the dismissal; returns false when storage refused it. */
export function rememberDismissal(callId: string): boolean {
  if (!callId) return false;
  try {
    globalThis.localStorage.setItem(dismissalKey(callId), '1');
    return true;
  } catch {
    return false;
  }
}
