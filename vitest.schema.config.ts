// Node-side tests of the data layer that need Node-only tools (ajv, the file system):
// test/schema/ checks the generated JSON Schema against the runtime validator.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'schema',
    include: ['test/schema/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
