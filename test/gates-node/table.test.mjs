// Node-side gate check: every element in src/define/ has an entry in the gates' table
// (test/gates/elements.ts), so no element escapes the accessibility, robustness, lifecycle and
// security gates. Run: node --test test/gates-node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

const root = new URL('../../', import.meta.url);

test('every define module has an entry in test/gates/elements.ts', () => {
  const tags = readdirSync(new URL('src/define/', root))
    .filter((f) => /^cluster-[a-z-]+\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''));
  assert.ok(tags.length > 0, 'no define modules found');
  const table = readFileSync(new URL('test/gates/elements.ts', root), 'utf8');
  const listed = new Set([...table.matchAll(/tag: '(cluster-[a-z-]+)'/g)].map((m) => m[1]));
  const loads = new Set([...table.matchAll(/import\('\.\.\/\.\.\/src\/define\/(cluster-[a-z-]+)\.js'\)/g)].map((m) => m[1]));
  const missing = tags.filter((t) => !listed.has(t) || !loads.has(t));
  assert.deepEqual(missing, [], `elements without a gate entry (tag and load): ${missing.join(', ')}`);
  const gone = [...listed].filter((t) => !tags.includes(t));
  assert.deepEqual(gone, [], `table entries for elements that no longer exist: ${gone.join(', ')}`);
});

test('every table entry is in GATED_ELEMENTS', () => {
  const table = readFileSync(new URL('test/gates/elements.ts', root), 'utf8');
  const declared = [...table.matchAll(/^const (\w+): ElementGate = \{/gm)].map((m) => m[1]);
  const list = /GATED_ELEMENTS: readonly ElementGate\[\] = \[([^\]]*)\]/.exec(table)?.[1] ?? '';
  const included = new Set(
    list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  assert.deepEqual(
    declared.filter((d) => !included.has(d)),
    [],
  );
});
