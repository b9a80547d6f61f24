import { ClusterEvent } from '../components/event/event.js';
// Every element the page renders, also those its parts render (the agenda's tracks, the list's speakers).
import './cluster-agenda.js';
import './cluster-agenda-track.js';
import './cluster-event-header.js';
import './cluster-funding-call-banner.js';
import './cluster-objective-list.js';
import './cluster-project-card.js';
import './cluster-speaker-block.js';
import './cluster-speaker-list.js';
export { ClusterEvent };
if (!customElements.get('cluster-event')) customElements.define('cluster-event', ClusterEvent);
declare global {
  interface HTMLElementTagNameMap {
    'cluster-event': ClusterEvent;
  }
}
