// Server rendering of the elements with @lit-labs/ssr: declarative shadow DOM for static-site
// generators and servers (see docs/ssr.md). Renders the built ES modules (dist/, `lit` external, so
// Node loads Lit's server build); the self-contained browser bundle cannot run in Node.
//
//   import { defineElements, renderToString, html } from './scripts/ssr-render.mjs';
//   await defineElements();
//   const markup = await renderToString(html`<cluster-event lang="bg" .data=${doc}></cluster-event>`);
//
// Run directly to print one element rendered with a JSON document, in a language (default en; the
// library's languages and Romanian, docs/i18n.md):
//   node scripts/ssr-render.mjs cluster-event stories/data/varna-2018.json bg > event.html
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';

export { html };

const defaultDist = new URL('../dist/', import.meta.url);

/**
 * Registers every element of the built package in Node's custom element registry (the DOM shim
 * Lit installs on the server). Imports each `dist/define/*.js` module, so it works with or without
 * `all.js`, and loads the UI strings of every language the library ships (server rendering does
 * not wait for modules: an element in Bulgarian would render English). Resolves to the tag names defined.
 */
export async function defineElements(dist = defaultDist) {
  const folder = new URL('define/', dist);
  let files;
  try {
    files = (await readdir(folder)).filter((f) => f.endsWith('.js')).sort();
  } catch {
    throw new Error(`No built elements in ${fileURLToPath(folder)}: run "npm run build" first.`);
  }
  for (const file of files) await import(new URL(file, folder).href);
  const { preloadStrings, UI_LOCALES } = await import(new URL('index.js', dist).href);
  await preloadStrings(UI_LOCALES);
  return files.map((f) => f.replace(/\.js$/, ''));
}

/**
 * Renders a Lit template to an HTML string with declarative shadow DOM. With `deferHydration`
 * (the default) every element waits, with a `defer-hydration` attribute, until the page hydrates
 * the same template with `hydrate()` from `@lit-labs/ssr-client`, which gives it the same
 * property values it had on the server (see docs/ssr.md).
 */
export async function renderToString(template, { deferHydration = true } = {}) {
  return collectResult(render(template, { deferHydration }));
}

/** The text a reader would see in server-rendered HTML: no styles, comments, tags or templates markup. */
export function visibleText(markup) {
  return markup
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

// CLI: node scripts/ssr-render.mjs <tag> <document.json> [lang]
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [tag, file, lang = 'en'] = process.argv.slice(2);
  if (!tag || !/^cluster-[a-z-]+$/.test(tag) || !file || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*$/.test(lang)) {
    console.error('Usage: node scripts/ssr-render.mjs <cluster-tag> <event-document.json> [lang]');
    process.exit(2);
  }
  await defineElements();
  await import(new URL('locales/ro.js', defaultDist).href); // the optional Romanian strings
  const data = JSON.parse(await readFile(file, 'utf8'));
  const t = unsafeStatic(tag);
  process.stdout.write(`${await renderToString(staticHtml`<${t} lang=${lang} .data=${data}></${t}>`)}\n`);
}
