/**
 * REFERENCE ONLY (tests): parseMarketCsv as it was before the fast row reader and the columns,
 * frozen from commit 7eb38b3 — every line through the CSV record reader and the careful row
 * reader, a Map of every date for the repeats. market-import.property.test.ts checks that
 * parseMarketCsv gives exactly its answers on random files. Not for app code.
 */
import type { ApiIssue } from '../../api/errors';
import { forEachCsvRecord } from '../csv-rows';
import type { MarketCsvResult, ParsedClose } from '../market-csv';
import { readHeader, readRow, REFUSED, type Columns } from '../market-csv-row';

const MAX_REPORTED = 20;

export function parseMarketCsvByRecords(text: string): MarketCsvResult {
  const issues: ApiIssue[] = [];
  let totalErrors = 0;
  const report = (lineNumber: number, message: string) => {
    totalErrors += 1;
    if (issues.length < MAX_REPORTED) issues.push({ path: `line ${lineNumber}`, message });
  };
  const byDate = new Map<string, { closeHundredths: number; line: number }>();
  const closes: ParsedClose[] = [];
  let columns: Columns | null = null;
  let rows = 0;
  let duplicateRows = 0;

  const syntax = forEachCsvRecord(text.replace(/^\uFEFF/, ''), (record) => {
    if (columns === null) {
      const header = readHeader(record);
      if ('message' in header) report(record.line, header.message);
      columns = 'message' in header ? REFUSED : header;
      return;
    }
    if (columns.count === 0) return;
    rows += 1;
    const parsed = readRow(record, columns);
    if (typeof parsed === 'string') return report(record.line, parsed);
    const seen = byDate.get(parsed.date);
    if (seen !== undefined) {
      if (seen.closeHundredths === parsed.closeHundredths) duplicateRows += 1;
      else report(record.line, `${parsed.date} appears twice with different closes (line ${seen.line}: ${seen.closeHundredths / 100}, here: ${parsed.closeHundredths / 100})`);
      return;
    }
    byDate.set(parsed.date, { closeHundredths: parsed.closeHundredths, line: record.line });
    closes.push(parsed);
  });
  if (syntax) report(syntax.line, syntax.message);
  if (columns === null && totalErrors === 0) report(1, 'the file is empty');
  if (totalErrors > 0) return { ok: false, issues, totalErrors };
  return { ok: true, closes, rows, duplicateRows };
}
