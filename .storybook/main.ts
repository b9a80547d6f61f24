import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // Demo images referenced by the fictional demo document (relative URLs such as assets/bluedemo-logo.svg).
  staticDirs: [{ from: '../stories/assets', to: '/assets' }],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  viteFinal(config) {
    // One copy of Lit for stories and elements (see CONTRIBUTING.md).
    config.optimizeDeps = { ...config.optimizeDeps, include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'] };
    return config;
  },
};
export default config;
