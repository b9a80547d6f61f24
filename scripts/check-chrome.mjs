// `npm test` starts here: say exactly what to install when no Chromium is found.
import { findChrome } from './chrome.mjs';
findChrome();
