/** Calls the host's API from a test with the page's per-run token, to seed data quickly. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ApiInput, ApiResult, OperationName } from '../shared/api/contract';
import { MARKET_DATA } from './fixtures';

export async function callApi<K extends OperationName>(page: Page, name: K, input: ApiInput<K>): Promise<ApiResult<K>> {
  const token = await page.locator('meta[name="alvh-token"]').getAttribute('content');
  const response = await page.request.post(new URL(`/api/${name}`, page.url()).toString(), { headers: { 'X-ALVH-Token': token ?? '' }, data: input });
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${name} failed: ${body.error?.message}`);
  return body.value as ApiResult<K>;
}

/** Where screenshots go: docs/screenshots when SCREENSHOTS=docs (to refresh the README), else test-results. */
export function screenshotPath(name: string): string {
  return process.env.SCREENSHOTS === 'docs' ? `docs/screenshots/${name}.png` : `test-results/screenshots/${name}.png`;
}

/**
 * The whole dashboard in one picture: the shell scrolls inside its main area, so a full-page shot
 * stops at the window; a window as tall as the view shows prompts, chart, metrics and layers.
 */
export async function shootWholeDashboard(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1400, height: 900 };
  const height = await page.evaluate(() => document.querySelector('main')?.scrollHeight ?? 900);
  await page.setViewportSize({ width: size.width, height: Math.min(4000, height + 120) });
  await page.screenshot({ path: screenshotPath(name) });
  await page.setViewportSize(size);
}

/** Imports the whole real SPX and VIX history (../shared/data/market) through the API, as a seed. */
export async function importRealHistory(page: Page): Promise<void> {
  for (const symbol of ['SPX', 'VIX'] as const) {
    await callApi(page, 'market/import', { symbol, csv: readFileSync(join(MARKET_DATA, `${symbol}_History.csv`), 'utf8'), fileName: `${symbol}_History.csv` });
  }
}
