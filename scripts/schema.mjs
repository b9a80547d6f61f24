// Writes event-document.schema.json (JSON Schema draft 2020-12 of the event document) from the
// single description in src/data/entities.ts and its descriptions in src/data/entities.docs.ts.
// `--check` fails when the committed file differs from what the sources give (CI runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('./src/data/json-schema.ts', { logLevel: 'warn' });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const text = `${JSON.stringify(module.eventDocumentSchema(version), null, 2)}\n`;
const file = 'event-document.schema.json';
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // Missing: reported below.
  }
  if (committed !== text) {
    console.error(`${file} is not up to date with src/data/entities.ts: run npm run schema and commit it`);
    process.exit(1);
  }
  console.log(`${file} is up to date`);
} else {
  writeFileSync(file, text);
  console.log(`Wrote ${file} (${Object.keys(module.eventDocumentSchema(version).$defs).length} definitions)`);
}
