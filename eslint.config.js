// ESLint (flat config), run by `npm run lint` with --max-warnings 0: every finding is an error in CI.
// The layering rules at the end encode CONTRIBUTING.md's "Layout" section; test/lint/ checks that a
// broken import across layers fails them.
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const lit_ = ['lit', 'lit/*', '@lit/*', '@lit-labs/*'];

/** Imports of Lit, for the layers that must not know it. */
const noLit = { group: lit_, message: 'This layer knows nothing of Lit (CONTRIBUTING.md, Layout).' };

/**
 * The layering of CONTRIBUTING.md ("Layout" and "Toolchain notes") as `no-restricted-imports` per
 * folder. Exported for test/lint/layering.test.mjs, which lints broken imports with these blocks.
 */
export const layering = [
  {
    name: 'layering/data',
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noLit,
            {
              regex: '^\\.\\./(components|base|define|export|styles|cli)(/|$)|^\\.\\./(index|core|all|cdn|autoloader)\\.js$',
              message:
                'src/data/ knows nothing of elements, the base class, exporters or the command line: they call it, not the reverse (CONTRIBUTING.md, Layout).',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'layering/export',
    files: ['src/export/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noLit,
            {
              regex: '^\\.\\./(components|base|define|styles|cli)(/|$)|^\\.\\./(index|core|all|cdn|autoloader)\\.js$',
              message: 'src/export/ holds pure functions over src/data/: no elements, no base class (CONTRIBUTING.md, Layout).',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'layering/i18n',
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noLit,
            {
              regex: '^\\.\\./\\.\\./|^\\.\\./(components|base|define|data|export|styles|cli)(/|$)|^\\.\\./(index|core|all|cdn|autoloader)\\.js$',
              message: 'src/i18n/ holds string catalogs only: src/data/ and src/export/ use them, so they import nothing of the rest.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'layering/cli',
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noLit,
            {
              // base/problems.ts is the one exception: the grouping of problems shared with the
              // elements' console warnings; it imports no Lit (the next block keeps it so).
              regex: '^\\.\\./(?!data/|export/|base/problems\\.js$)',
              message: 'The command line imports only src/data/ and src/export/, never an element or Lit (CONTRIBUTING.md, Toolchain notes).',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'layering/base-problems',
    files: ['src/base/problems.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [noLit, { regex: '^\\./|^\\.\\./(?!data/)', message: 'base/problems.ts is shared with the command line: it imports only src/data/.' }],
        },
      ],
    },
  },
  {
    name: 'layering/base',
    files: ['src/base/**/*.ts', 'src/styles/**/*.ts'],
    ignores: ['src/base/problems.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(components|define|cli)(/|$)|^\\.\\./(index|core|all|cdn|autoloader)\\.js$',
              message: 'src/base/ and src/styles/ sit under the elements: they import no element and register nothing.',
            },
          ],
        },
      ],
    },
  },
  {
    name: 'layering/components',
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // `../<name>/<name>.js` (another element's class file) is allowed; its helper files
              // (`../<name>/<name>.templates.js`, `../<name>/dismissal.js`, …) are its internals.
              regex: '^\\.\\./(?<name>[a-z0-9-]+)/(?!\\k<name>\\.js$)',
              message:
                "An element imports another element only through its class file (`../<name>/<name>.js`), never the other's helper files (CONTRIBUTING.md, Layout).",
            },
            {
              regex: '^\\.\\./\\.\\./(define|cli)(/|$)|^\\.\\./\\.\\./(index|core|all|cdn|autoloader)\\.js$',
              message: 'Importing a class never has a side effect: elements import no registration module and no entry point (CONTRIBUTING.md, Layout).',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', 'storybook-static/', 'node_modules/', 'bench/results/', '.tmp/', 'test/types/', 'custom-elements.json', '**/*.d.ts'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error', reportUnusedInlineConfigs: 'error' },
  },
  js.configs.recommended,
  // Every disable comment names its reason (`// eslint-disable-next-line rule -- why`), and none is left unused.
  comments.recommended,
  {
    rules: {
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: ['eslint-enable'] }],
      '@eslint-community/eslint-comments/no-unused-disable': 'error',
    },
  },
  // TypeScript: type-aware rules, with each file's own tsconfig (src, the command line, tests and stories).
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.cli.json', './tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `typeof import('./chunk.js')` names the type of a chunk loaded on demand without importing it.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // Promise.all over "a promise, or undefined when there is nothing to wait for" (stringsReady()) is intended.
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // The build tools' own configs (vite.config.ts, vitest*.config.ts) belong to no tsconfig: syntax rules only.
  {
    files: ['*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  // Lit templates, their accessibility and web-component conventions: the library's own code and stories.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/recommended'], wc.configs['flat/best-practice']],
    settings: { wc: { elementBaseClasses: ['LitElement', 'ClusterElement'] } },
    rules: {
      // Every element extends LitElement (through ClusterElement), which implements the lifecycle
      // callbacks: an unguarded super.connectedCallback() is always defined.
      'wc/guard-super-call': 'off',
      // role="list" on a <ul>/<ol> is deliberate: WebKit drops the list semantics of lists styled
      // with list-style: none, which the role restores (see objective-list.styles.ts).
      'lit-a11y/no-redundant-role': 'off',
    },
  },
  {
    files: ['src/components/**/*.ts', 'stories/**/*.ts'],
    rules: {
      // Methods are passed unbound only as template listeners (`@click=${this.onToggle}`), which Lit
      // calls with the host element as `this` (LitElement's renderOptions.host).
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      // CONTRIBUTING.md, Code: "No console.log in src/" — data problems go through reportProblems().
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // CONTRIBUTING.md, Code: no enum/namespace, exported `as const` arrays plus a union type.
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'No enum: an exported `as const` array plus a union type (CONTRIBUTING.md, Code).' },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespace (CONTRIBUTING.md, Code).' },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  {
    files: ['stories/**/*.ts'],
    rules: {
      // Story data is cast to what it stands for where Lit's bindings (which take any value) receive it.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Test data is cast to what it stands for where Lit's bindings (which take any value) receive it.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Chai's property assertions are expressions: `expect(x).to.be.true`.
      '@typescript-eslint/no-unused-expressions': 'off',
      // Tests keep browser functions to put them back after stubbing (`const original = window.fetch`).
      '@typescript-eslint/unbound-method': 'off',
      // Tests read what elements publish (event details, JSON-LD, parsed JSON) as untyped data and
      // assert on its shape: the assertion is the check these rules would ask for.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // Node programs: build and CI scripts, configs, Node tests.
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['bench/**/*.mjs', 'scripts/**/*.mjs', 'test/**/*.mjs'],
    // page.evaluate() callbacks run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  ...layering,
);
