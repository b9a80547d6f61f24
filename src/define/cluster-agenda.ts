import { ClusterAgenda } from '../components/agenda/agenda.js';
import './cluster-agenda-track.js';
export { ClusterAgenda };
if (!customElements.get('cluster-agenda')) customElements.define('cluster-agenda', ClusterAgenda);
declare global {
  interface HTMLElementTagNameMap {
    'cluster-agenda': ClusterAgenda;
  }
}
