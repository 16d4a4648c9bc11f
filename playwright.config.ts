import { existsSync } from 'node:fs';
import { chromium, defineConfig } from '@playwright/test';

// Prefer Playwright's own browser when it is installed (a developer laptop), else the
// system Chromium (CI and offline machines, where `npx playwright install` cannot run).
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No bundled browser registered.
  }
  return '/usr/bin/chromium';
}

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]] : [['list']],
  // Parallel work with ALVH_DIST builds also keeps its own results folder.
  outputDir: process.env.ALVH_DIST ? `test-results/${process.env.ALVH_DIST}` : 'test-results',
  use: {
    viewport: { width: 1400, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    },
  },
});
