import { writeFilterState, type FragmentFilterState } from '../../data/fragment.js';

/**
 * Puts an agenda's filters into the page address under `key` with `history.replaceState` (no new
 * history entry, no `hashchange`), keeping every other part of the fragment.
 */
export function storeFilterState(key: string, filters: FragmentFilterState): void {
  const hash = writeFilterState(location.hash, key, filters);
  if (hash === location.hash || (hash === '' && location.hash === '#')) return;
  const url = new URL(location.href);
  url.hash = hash;
  try {
    history.replaceState(history.state, '', hash === '' ? url.href.replace(/#$/, '') : url.href);
  } catch {
    // Too many replaceState calls in a short time (Safari throws): the next change retries.
  }
}
