import type { LitElement, ReactiveController } from 'lit';
import { deepLinkedSession, fragmentKey, readFilterState } from '../../data/fragment.js';
import type { ClusterAgendaTrack } from '../agenda-track/agenda-track.js';
import type { AgendaFilters } from './agenda.filters.js';

/**
 * Follows the page address of an agenda: when the element connects and on every `hashchange` it
 * restores the filters stored under its key and notes the session a `#session-…` link names,
 * which the agenda reveals as soon as it shows a programme (at once on a later `hashchange`).
 */
export class AgendaDeepLink implements ReactiveController {
  private pending: string | null = null;

  constructor(
    private readonly host: LitElement,
    private readonly filters: AgendaFilters,
    private readonly reveal: (sessionId: string) => Promise<boolean>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.apply(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /** Reveals the session a link named, if one waits and `ready` (the programme is shown). Call after each update. */
  revealPending(ready: boolean): void {
    if (this.pending && ready) void this.reveal(this.pending);
  }

  /** Drops the session waiting to be revealed (a session is being revealed now). */
  forget(): void {
    this.pending = null;
  }

  private readonly onHashChange = (): void => this.apply(false);

  private apply(initial: boolean): void {
    const restored = readFilterState(location.hash, fragmentKey(this.host.id));
    if (restored) this.filters.restore(restored);
    const target = deepLinkedSession(location.hash);
    if (target) this.pending = target;
    if (!initial && target && this.host.hasUpdated) void this.reveal(target);
  }
}

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
