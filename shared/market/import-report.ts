/** The import preview / summary as plain lines: the CLI prints them, tests read them. */
import type { ImportSummary } from '../domain/types';
import { formatLevelHundredths } from '../format/money';

const n = (value: number) => value.toLocaleString('en-US');
const points = (hundredths: number | null) => (hundredths === null ? '—' : formatLevelHundredths(hundredths));

/** The first line: the symbol, what was (or would be) done, the date range and the row counts. */
function countsLine(s: ImportSummary, verb: string): string {
  return `${s.symbol} ${verb}: ${n(s.rows)} rows (${s.firstDate ?? '-'} … ${s.lastDate ?? '-'}): ${n(s.added)} added, ${n(s.updated)} updated, ${n(s.unchanged)} unchanged, ${n(s.skipped)} skipped${s.duplicateRows > 0 ? `; ${n(s.duplicateRows)} repeated row(s) counted once` : ''}`;
}

export function formatImportPreview(s: ImportSummary): string[] {
  const verb = s.dryRun ? 'would import' : 'imported';
  const lines = [countsLine(s, verb)];
  if (s.skipped > 0) lines.push(`skipped (NYSE closed): ${s.skippedDays.map((d) => `${d.date} ${d.reason}`).join(', ')}${s.skipped > s.skippedDays.length ? `, … ${n(s.skipped - s.skippedDays.length)} more` : ''}`);
  const changed = s.biggestChanges.filter((c) => c.changePct !== null);
  if (changed.length > 0) lines.push(`biggest changes: ${changed.slice(0, 5).map((c) => `${c.date} ${points(c.beforeHundredths)} → ${points(c.afterHundredths)} (${(c.changePct ?? 0) >= 0 ? '+' : ''}${(c.changePct ?? 0).toFixed(2)}%)`).join('; ')}`);
  for (const r of s.refusals) lines.push(`${s.replaced ? 'overridden' : 'REFUSED'} (${r.rule}): ${r.message}`);
  if (s.dryRun && s.refusals.length > 0) lines.push(`nothing written; the import would be refused: add --replace to store it anyway (${n(s.added + s.updated)} row(s) would change)`);
  else if (s.dryRun) lines.push('nothing written (dry run)');
  else if (s.revisionId !== null) lines.push(`revision ${s.revisionId}: "alvh market undo --symbol ${s.symbol}" restores the previous closes`);
  return lines;
}
