// Story tests: every Storybook story rendered as a test in the system Chromium (through Playwright),
// with axe run by the a11y addon (`a11y.test: 'error'` in .storybook/preview.ts) and console errors
// failing the story. Four projects: light/dark x English/Bulgarian. Each project hands its theme and
// locale to the browser with `provide` (read in .storybook/vitest.setup.ts): a per-project `define`
// of import.meta.env values is not reliable across projects (two of the four ran the wrong theme).
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { fileURLToPath } from 'node:url';
import { chromeFlags, findChrome } from './scripts/chrome.mjs';

const configDir = fileURLToPath(new URL('./.storybook', import.meta.url));
const executablePath = findChrome();

const variants = [
  { theme: 'light', locale: 'en' },
  { theme: 'dark', locale: 'en' },
  { theme: 'light', locale: 'bg' },
  { theme: 'dark', locale: 'bg' },
] as const;

export default defineConfig({
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
  test: {
    projects: variants.map(({ theme, locale }) => ({
      extends: true,
      plugins: [storybookTest({ configDir })],
      test: {
        name: `stories-${theme}-${locale}`,
        provide: { storyTheme: theme, storyLocale: locale },
        setupFiles: ['./.storybook/vitest.setup.ts'],
        browser: {
          enabled: true,
          headless: true,
          provider: playwright({ launchOptions: { executablePath, args: chromeFlags } }),
          instances: [{ browser: 'chromium' }],
        },
      },
    })),
  },
});
