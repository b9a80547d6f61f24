import { ClusterEvent } from '../components/event/event.js';
import './cluster-agenda.js';
import './cluster-event-header.js';
import './cluster-funding-call-banner.js';
import './cluster-objective-list.js';
import './cluster-project-card.js';
import './cluster-speaker-list.js';
export { ClusterEvent };
if (!customElements.get('cluster-event')) customElements.define('cluster-event', ClusterEvent);
declare global {
  interface HTMLElementTagNameMap {
    'cluster-event': ClusterEvent;
  }
}
