import { ClusterAgendaTrack } from '../components/agenda-track/agenda-track.js';
export { ClusterAgendaTrack };
if (!customElements.get('cluster-agenda-track')) customElements.define('cluster-agenda-track', ClusterAgendaTrack);
declare global {
  interface HTMLElementTagNameMap {
    'cluster-agenda-track': ClusterAgendaTrack;
  }
}
