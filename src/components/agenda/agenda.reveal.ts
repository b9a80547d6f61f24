import type { ClusterAgendaTrack } from '../agenda-track/agenda-track.js';

/**
 * Asks each track in `root` to show the session, then scrolls it into view (without animation when
 * the reader asks for reduced motion) and focuses it. Resolves to false when no track has it.
 */
export async function scrollToSession(root: ParentNode, sessionId: string): Promise<boolean> {
  for (const track of root.querySelectorAll<ClusterAgendaTrack>('cluster-agenda-track')) {
    const item = await track.revealSession(sessionId);
    if (!item) continue;
    await track.updateComplete;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ behavior: reduced ? 'auto' : 'smooth', block: 'start' });
    item.focus({ preventScroll: true });
    return true;
  }
  return false;
}
