import { ClusterFundingCallBanner } from '../components/funding-call-banner/funding-call-banner.js';
export { ClusterFundingCallBanner };
if (!customElements.get('cluster-funding-call-banner')) customElements.define('cluster-funding-call-banner', ClusterFundingCallBanner);
declare global {
  interface HTMLElementTagNameMap {
    'cluster-funding-call-banner': ClusterFundingCallBanner;
  }
}
