import { ClusterProjectCard } from '../components/project-card/project-card.js';
export { ClusterProjectCard };
if (!customElements.get('cluster-project-card')) customElements.define('cluster-project-card', ClusterProjectCard);
declare global {
  interface HTMLElementTagNameMap {
    'cluster-project-card': ClusterProjectCard;
  }
}
