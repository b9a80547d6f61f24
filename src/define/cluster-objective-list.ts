import { ClusterObjectiveList } from '../components/objective-list/objective-list.js';
export { ClusterObjectiveList };
if (!customElements.get('cluster-objective-list')) customElements.define('cluster-objective-list', ClusterObjectiveList);
declare global {
  interface HTMLElementTagNameMap {
    'cluster-objective-list': ClusterObjectiveList;
  }
}
