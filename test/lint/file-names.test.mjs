// The helper-file suffixes of CONTRIBUTING.md (Layout): a component folder holds `<name>.ts` and
// files named by role, `<name>.<role>.ts` or, for a second file of one role, `<name>-<part>.<role>.ts`,
// with one of four roles. Run by `npm run lint` (node --test test/lint/).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';

const components = resolve(import.meta.dirname, '../../src/components');
const ROLES = ['styles', 'templates', 'view', 'controller'];

/** True when `file` may sit in the folder of the element `name`. */
function allowed(name, file) {
  if (file === `${name}.ts`) return true;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}(-[a-z0-9]+(-[a-z0-9]+)*)?\\.(${ROLES.join('|')})\\.ts$`).test(file);
}

const folders = readdirSync(components, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

test('the rule accepts the names of CONTRIBUTING.md and refuses others', () => {
  for (const file of [
    'agenda-track.ts',
    'agenda-track.styles.ts',
    'agenda-track-session.templates.ts',
    'agenda-track.view.ts',
    'event-list-clock.controller.ts',
  ]) {
    assert.ok(allowed(file.startsWith('event-list') ? 'event-list' : 'agenda-track', file), file);
  }
  for (const file of [
    'dismissal.ts',
    'agenda-track.ical.ts',
    'agenda-track.session.ts',
    'agenda-track-session.ts',
    'agenda-track.test.ts',
    'agenda-track-.view.ts',
    'agenda.view.ts',
  ]) {
    assert.ok(!allowed('agenda-track', file), file);
  }
});

test('every file of src/components/<name>/ is <name>.ts or <name>(-<part>).(styles|templates|view|controller).ts', () => {
  assert.ok(folders.length > 0, 'no component folders found');
  const wrong = folders.flatMap((name) =>
    readdirSync(resolve(components, name))
      .filter((file) => !allowed(name, file))
      .map((file) => `src/components/${name}/${file}`),
  );
  assert.deepEqual(wrong, [], 'rename these files by role (CONTRIBUTING.md, Layout)');
});

test('every component folder has its class file', () => {
  const missing = folders.filter((name) => !readdirSync(resolve(components, name)).includes(`${name}.ts`));
  assert.deepEqual(missing, []);
});

test('view files import no Lit (no Lit, no DOM: from input to what is shown)', () => {
  const views = folders.flatMap((name) =>
    readdirSync(resolve(components, name))
      .filter((file) => file.endsWith('.view.ts'))
      .map((file) => `${name}/${file}`),
  );
  assert.ok(views.length > 0, 'no view files found');
  const withLit = views.filter((file) => /from\s+['"]lit(\/[^'"]*)?['"]/.test(readFileSync(resolve(components, file), 'utf8')));
  assert.deepEqual(withLit, []);
});
