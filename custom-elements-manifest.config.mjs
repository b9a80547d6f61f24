// @custom-elements-manifest/analyzer: reads the JSDoc of every element class into custom-elements.json,
// the single source of Storybook's docs and controls, the README's API tables and the editor data.
export default {
  globs: ['src/components/**/*.ts', 'src/define/*.ts', 'src/base/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.view.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
