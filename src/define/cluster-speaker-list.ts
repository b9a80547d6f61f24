import { ClusterSpeakerList } from '../components/speaker-list/speaker-list.js';
import './cluster-speaker-block.js';
export { ClusterSpeakerList };
if (!customElements.get('cluster-speaker-list')) customElements.define('cluster-speaker-list', ClusterSpeakerList);
declare global {
  interface HTMLElementTagNameMap {
    'cluster-speaker-list': ClusterSpeakerList;
  }
}
