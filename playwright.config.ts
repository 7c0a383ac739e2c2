import { defineConfig } from '@playwright/test';

// Browser tests drive the built extension (.output/chrome-mv3) in Debian's Chromium; see
// tests/e2e/support/extension.ts. Build first: `npm run build`.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // One retry in CI only: a browser start can time out on a loaded 2-core machine. Playwright still
  // reports such a test as flaky.
  retries: process.env.CI ? 1 : 0,
  // `npm test` adds a JSON report for its closing summary line (scripts/test-all.ts).
  reporter: process.env.KIZUKI_JSON_REPORT ? [['list'], ['json']] : [['list']],
  globalSetup: './tests/e2e/support/global-setup.ts',
});
