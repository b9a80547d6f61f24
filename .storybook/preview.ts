import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/themes/default.css';
import { publicApi } from './public-api';
import { withoutPinnedNow } from '../stories/source.js';

// Docs tables and controls come from the generated manifest, never typed by hand: its public API
// only (private and protected members, statics and deprecated aliases are no controls).
setCustomElementsManifest(publicApi(manifest));

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the elements (sets lang on the story root)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'bg', title: 'Български' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme (data-cluster-theme on <html>)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    // The story tests (vitest.config.ts) run every story in each theme and locale.
    locale: import.meta.env.VITE_STORY_LOCALE ?? 'en',
    theme: import.meta.env.VITE_STORY_THEME ?? 'light',
  },
  decorators: [
    (story, context) => {
      const { locale, theme } = context.globals as { locale?: string; theme?: string };
      document.documentElement.lang = locale ?? 'en';
      document.documentElement.dataset.clusterTheme = theme ?? 'light';
      return story();
    },
  ],
  parameters: {
    controls: { expanded: true },
    // "Show code" gives what a page should paste: the real clock, not the moment a story pins.
    docs: { source: { transform: withoutPinnedNow } },
    a11y: { test: 'error' },
    options: { storySort: { order: ['Introduction', 'Event document', 'Components', 'Theming'] } },
  },
};
export default preview;
