/** Calls the host's API from a test with the page's per-run token, to seed data quickly. */
import type { Page } from '@playwright/test';
import type { ApiInput, ApiResult, OperationName } from '../shared/api/contract';

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
