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
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  globalSetup: './tests/e2e/support/global-setup.ts',
});
