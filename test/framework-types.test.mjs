// The framework type definitions (run with `node --test test/framework-types.test.mjs` after
// `npm run build`): dist/types/jsx.d.ts and vue.d.ts name every element of the manifest, and the
// checks in test/types/ compile against the real React 19 and Vue 3.5 types (react.tsx: TSX;
// vue-props.tsx: each tag in Vue's `GlobalComponents`, its `$props` and `$emit` read through Vue's
// `ComponentInstance`): correct uses pass and every `@ts-expect-error` line (a wrong attribute
// value, an unknown property, a wrong event detail) is really an error.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('framework types', () => {
  const manifest = JSON.parse(read('custom-elements.json'));
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName));

  it('declare every element for React and Vue', () => {
    assert.ok(tags.length > 0, 'the manifest lists elements');
    const jsx = read('dist/types/jsx.d.ts');
    const vue = read('dist/types/vue.d.ts');
    for (const tag of tags) {
      assert.match(jsx, new RegExp(`"${tag}": Cluster\\w+JsxProps;`), `${tag} in JSX.IntrinsicElements`);
      assert.match(vue, new RegExp(`"${tag}": ClusterVueElement<`), `${tag} in GlobalComponents`);
    }
  });

  it('type-check TSX and Vue props, rejecting wrong values', () => {
    try {
      execFileSync('node_modules/.bin/tsc', ['-p', 'test/types/tsconfig.json'], { cwd: new URL('..', import.meta.url), encoding: 'utf8' });
    } catch (error) {
      assert.fail(`tsc found problems:\n${error.stdout}${error.stderr}`);
    }
  });
});
