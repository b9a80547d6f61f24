import { ClusterEventHeader } from '../components/event-header/event-header.js';
export { ClusterEventHeader };
if (!customElements.get('cluster-event-header')) customElements.define('cluster-event-header', ClusterEventHeader);
declare global {
  interface HTMLElementTagNameMap {
    'cluster-event-header': ClusterEventHeader;
  }
}
