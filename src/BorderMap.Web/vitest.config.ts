import { defineConfig } from 'vitest/config';

// Unit tests of the pure modules (clustering, spreading, the time axis, URL state, filters,
// formatting); the browser tests in tests/BorderMap.App.Tests drive the whole UI in Chromium.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
