import { ClusterSpeakerBlock } from '../components/speaker-block/speaker-block.js';
export { ClusterSpeakerBlock };
if (!customElements.get('cluster-speaker-block')) customElements.define('cluster-speaker-block', ClusterSpeakerBlock);
declare global {
  interface HTMLElementTagNameMap {
    'cluster-speaker-block': ClusterSpeakerBlock;
  }
}
