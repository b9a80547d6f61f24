// Writes the README's element table (between <!-- api:start --> and <!-- api:end -->) from
// custom-elements.json, so the API is never typed by hand twice. `--check` fails when the README is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const order = [
  'cluster-event',
  'cluster-event-header',
  'cluster-event-list',
  'cluster-agenda',
  'cluster-agenda-track',
  'cluster-speaker-block',
  'cluster-speaker-list',
  'cluster-project-card',
  'cluster-objective-list',
  'cluster-funding-call-banner',
];
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => (order.indexOf(a.tagName) + 1 || 99) - (order.indexOf(b.tagName) + 1 || 99));

const code = (items) => items.map((x) => `\`${x}\``).join(', ') || '—';
const escape = (s) =>
  String(s ?? '')
    .replaceAll('|', '\\|')
    .replaceAll('\n', ' ');
const rows = elements.map((d) => {
  const properties = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.attribute).map((m) => m.name);
  const attributes = (d.attributes ?? []).map((a) => a.name);
  const events = (d.events ?? []).map((e) => e.name).filter(Boolean);
  return `| \`<${d.tagName}>\` | ${escape(d.summary)} | ${code(attributes)} | ${code(properties)} | ${code(events)} |`;
});
const table = [
  '<!-- Generated from custom-elements.json by `npm run docs`; do not edit by hand. -->',
  '',
  '| element | what it shows | attributes | properties (objects) | events |',
  '| --- | --- | --- | --- | --- |',
  ...rows,
  '',
  "Each element's full API (slots, parts, CSS custom properties, property docs) is on its Docs page in Storybook.",
].join('\n');

const readme = readFileSync('README.md', 'utf8');
const next = readme.replace(/<!-- api:start -->[\s\S]*?<!-- api:end -->/, `<!-- api:start -->\n${table}\n<!-- api:end -->`);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md element table is out of date: run `npm run docs` and commit README.md.');
    process.exit(1);
  }
  console.log('README.md element table matches custom-elements.json.');
} else {
  writeFileSync('README.md', next);
  console.log(`README.md: element table with ${rows.length} elements`);
}
