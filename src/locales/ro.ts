/**
 * Romanian UI strings, registered on import: `import '@cluster-events/components/locales/ro.js'`
 * (npm) or `dist/cdn/locales/ro.js` (a page without a build step, with either CDN entry). Elements
 * whose nearest `lang` is `ro` (or `ro-RO`, `ro-MD`) then speak Romanian, including those already
 * on the page. A module with a side effect, like the define/ modules (package.json `sideEffects`).
 */
import { registerStrings } from '../i18n/register.js';
import ro from '../i18n/locales/ro.js';

registerStrings('ro', ro);

/** The catalog itself, for reading (a variant needs only its differences: `registerStrings('ro-MD', { … })`). */
export default ro;
