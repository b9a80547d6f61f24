import { defineConfig } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Two builds (scripts/build.mjs runs both, library first because it empties dist/):
 * - `vite build`: the npm ES modules, one output module per source module, lit external.
 * - `vite build --mode cdn`: dist/cdn/cluster-events.js, one self-contained module with lit inside
 *   that registers every element, for `<script type="module">` on sites without a build step.
 */
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => {
  // Collapses whitespace and comments inside html`` and css`` templates (Lit's own plugin).
  const plugins = [minifyHTML()];
  if (mode === 'cdn') {
    return {
      plugins,
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        // Not lib mode: Vite keeps whitespace in ES library output; this is an application-style
        // entry that keeps its exports (preserveEntrySignatures) and is fully minified.
        rolldownOptions: {
          input: { 'cluster-events': 'src/cdn.ts' },
          preserveEntrySignatures: 'strict',
          output: { format: 'es', entryFileNames: '[name].js', codeSplitting: false },
        },
      },
    };
  }
  const entries = Object.fromEntries(
    readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' })
      .map((file) => `src/${file.replaceAll('\\', '/')}`)
      .filter((file) => file.endsWith('.ts'))
      .filter((file) => !file.endsWith('.d.ts') && file !== 'src/cdn.ts')
      .map((file) => [file.slice('src/'.length, -'.ts'.length), file]),
  );
  return {
    plugins,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      sourcemap: true,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
