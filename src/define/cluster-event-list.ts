import { ClusterEventList } from '../components/event-list/event-list.js';
export { ClusterEventList };
if (!customElements.get('cluster-event-list')) customElements.define('cluster-event-list', ClusterEventList);
declare global {
  interface HTMLElementTagNameMap {
    'cluster-event-list': ClusterEventList;
  }
}
