// The layering rules of eslint.config.js (CONTRIBUTING.md, Layout): imports across layers that must
// fail, and the imports each layer is allowed, linted as if they were in the given file.
// Run by `npm run lint` (node --test test/lint/).
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { layering } from '../../eslint.config.js';

const root = resolve(import.meta.dirname, '../..');
const linter = new Linter({ cwd: root, configType: 'flat' });
const config = [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...layering];

/** The layering messages for `code` placed in `file` (a path from the repository root). */
function layeringErrors(file, code) {
  return linter
    .verify(code, config, { filename: resolve(root, file) })
    .map((m) => {
      assert.equal(m.fatal, undefined, `${file}: ${m.message}`);
      return m;
    })
    .filter((m) => m.ruleId === 'no-restricted-imports');
}

function fails(file, code) {
  assert.equal(layeringErrors(file, code).length, 1, `${file} should not allow: ${code}`);
}

function passes(file, code) {
  assert.deepEqual(layeringErrors(file, code), [], `${file} should allow: ${code}`);
}

test('src/data/ imports no Lit, no element, no base class, no exporter', () => {
  fails('src/data/probe.ts', "import { html } from 'lit';");
  fails('src/data/probe.ts', "import { ifDefined } from 'lit/directives/if-defined.js';");
  fails('src/data/probe.ts', "import { ClusterAgenda } from '../components/agenda/agenda.js';");
  fails('src/data/probe.ts', "import type { ClusterAgenda } from '../components/agenda/agenda.js';");
  fails('src/data/probe.ts', "import { ClusterElement } from '../base/cluster-element.js';");
  fails('src/data/probe.ts', "import { toICalendar } from '../export/ical.js';");
  fails('src/data/probe.ts', "export { ClusterAgenda } from '../index.js';");
  passes('src/data/probe.ts', "import { parseInstant } from './time.js';");
  passes('src/data/probe.ts', "import { agendaStrings } from '../i18n/agenda.js';");
});

test('src/export/ imports no Lit, no element, no base class', () => {
  fails('src/export/probe.ts', "import { html } from 'lit';");
  fails('src/export/probe.ts', "import { loadJson } from '../base/load.js';");
  fails('src/export/probe.ts', "import '../components/event/event.js';");
  passes('src/export/probe.ts', "import type { EventDocument } from '../data/types.js';");
  passes('src/export/probe.ts', "import { icalText } from './ical.js';");
});

test('src/i18n/ imports only its own catalogs', () => {
  fails('src/i18n/probe.ts', "import { html } from 'lit';");
  fails('src/i18n/probe.ts', "import { parseInstant } from '../data/time.js';");
  fails('src/i18n/locales/probe.ts', "import { ClusterElement } from '../../base/cluster-element.js';");
  passes('src/i18n/probe.ts', "import { uiLocale } from './locale.js';");
  passes('src/i18n/locales/probe.ts', "import type { UiStrings } from '../ui-strings.js';");
});

test('the command line imports only src/data/ and src/export/', () => {
  fails('src/cli/probe.ts', "import { html } from 'lit';");
  fails('src/cli/probe.ts', "import { ClusterEvent } from '../components/event/event.js';");
  fails('src/cli/probe.ts', "import { ClusterElement } from '../base/cluster-element.js';");
  fails('src/cli/probe.ts', "import '../define/cluster-event.js';");
  passes('src/cli/probe.ts', "import { parseEventDocument } from '../data/parse.js';");
  passes('src/cli/probe.ts', "import { toICalendar } from '../export/ical.js';");
  passes('src/cli/probe.ts', "import { formatGroup } from '../base/problems.js';");
  passes('src/cli/probe.ts', "import { readFileSync } from 'node:fs';");
  fails('src/base/problems.ts', "import { html } from 'lit';");
  fails('src/base/problems.ts', "import { loadJson } from './load.js';");
});

test('elements reach another element only through its class file', () => {
  fails('src/components/agenda/agenda.ts', "import { trackTemplate } from '../agenda-track/agenda-track.templates.js';");
  fails('src/components/agenda/agenda.ts', "import { dismissed } from '../funding-call-banner/funding-call-banner-dismissal.controller.js';");
  fails('src/components/agenda/agenda.ts', "import '../../define/cluster-agenda-track.js';");
  fails('src/components/agenda/agenda.ts', "import { ClusterEvent } from '../../index.js';");
  passes('src/components/agenda/agenda.ts', "import type { ClusterAgendaTrack } from '../agenda-track/agenda-track.js';");
  passes('src/components/agenda/agenda.ts', "import { styles } from './agenda.styles.js';");
  passes('src/components/agenda/agenda.ts', "import { ClusterElement } from '../../base/cluster-element.js';");
  passes('src/components/agenda/agenda.ts', "import { html } from 'lit';");
});

test('the base class and shared styles import no element', () => {
  fails('src/base/probe.ts', "import { ClusterAgenda } from '../components/agenda/agenda.js';");
  fails('src/styles/probe.ts', "import '../define/cluster-agenda.js';");
  passes('src/base/probe.ts', "import { LitElement } from 'lit';");
  passes('src/base/probe.ts', "import { parseEventDocument } from '../data/parse.js';");
});
