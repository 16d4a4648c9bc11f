/**
 * The renderer decodes picked files by the shared policy (docs/import.md): a UTF-16LE CSV with
 * a BOM imports, a Latin-1 file is refused with its line, and nothing is written.
 */
import { callApi } from './api';
import { expect, test } from './fixtures';

test('a UTF-16 CSV imports through the file input; a Latin-1 one is refused by line', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('portfolio-form')).toBeVisible();
  await callApi(page, 'portfolio/create', { name: 'Encodings', riskCapitalCents: 100_000_00 });
  await page.goto(`${host.url}#/market`);
  await page.reload();
  await page.getByLabel('Index').first().selectOption('VIX');

  const latin1 = Buffer.from('DATE,CLOSE,MEMO\r\n01/02/2026,17.24,ok\r\n01/05/2026,18.10,prévu\r\n', 'latin1');
  await page.getByTestId('market-csv-input').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: latin1 });
  const rejected = page.getByTestId('import-rejected');
  await expect(rejected).toContainText('latin1.csv is not UTF-8 text: byte 0xE9 on line 3');
  expect(await callApi(page, 'market/list', { symbol: 'VIX' })).toHaveLength(0);

  const text = 'DATE,OPEN,HIGH,LOW,CLOSE\r\n01/02/2026,17,18,16,17.24\r\n01/05/2026,17,19,17,18.10\r\n01/05/2026,17,19,17,18.10\r\n';
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  await page.getByTestId('market-csv-input').setInputFiles({ name: 'VIX-utf16.csv', mimeType: 'text/csv', buffer: utf16 });
  await page.getByTestId('import-confirm').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByTestId('import-added')).toHaveText('2');
  await expect(summary.getByTestId('import-duplicates')).toContainText('1 row(s) repeated');
  expect((await callApi(page, 'market/list', { symbol: 'VIX' })).map((bar) => bar.closeHundredths)).toEqual([1724, 1810]);
});
