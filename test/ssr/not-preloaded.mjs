// Run by test/ssr.test.mjs in a Node process of its own (the library's modules fresh): renders in
// Bulgarian without preloading it, then again after `preloadStrings`, and prints what it saw as JSON.
import { readFile } from 'node:fs/promises';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../dist/define/cluster-event-header.js';
import { preloadStrings } from '../../dist/index.js';

const doc = JSON.parse(await readFile(new URL('../../stories/data/varna-2018.json', import.meta.url), 'utf8'));
const warnings = [];
console.warn = (...args) => warnings.push(args.join(' '));
const page = () => collectResult(render(html`<cluster-event-header lang="bg" .data=${doc}></cluster-event-header>`));
const before = await page();
await page(); // a second render in the same language: no second warning
await preloadStrings('bg');
const after = await page();
process.stdout.write(JSON.stringify({ warnings, before, after }));
