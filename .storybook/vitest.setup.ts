// Setup of the story tests (vitest.config.ts): the project's annotations plus the a11y addon, the
// theme and locale of the running project (light/dark x en/bg, handed over with `provide`), and a
// failure for any story that logs an error.
import { afterEach, beforeEach, expect, inject } from 'vitest';
import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as a11yAnnotations from '@storybook/addon-a11y/preview';
import * as projectAnnotations from './preview';

declare module 'vitest' {
  export interface ProvidedContext {
    storyTheme: 'light' | 'dark';
    storyLocale: 'en' | 'bg';
  }
}

const theme = inject('storyTheme');
const locale = inject('storyLocale');

setProjectAnnotations([a11yAnnotations, projectAnnotations, { initialGlobals: { theme, locale } }]);

// A story that logs an error fails: stories must render without console errors.
let errors: unknown[][] = [];
const original = console.error;
beforeEach(() => {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args);
    original(...args);
  };
});
afterEach(() => {
  console.error = original;
  expect(errors, 'console.error was called while rendering the story').toEqual([]);
  // The story ran in the project's theme and language (the decorator in preview.ts sets them).
  expect(document.documentElement.dataset['clusterTheme'], 'story theme').toBe(theme);
  expect(document.documentElement.lang, 'story locale').toBe(locale);
});
