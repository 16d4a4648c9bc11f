import type { TastytradeImportSummary } from '../../../shared/import/tastytrade';
import { linesLabel } from '../../../shared/import/tastytrade-orders';
import { formatCents, formatNetPriceWords, formatStrike } from '../../../shared/format/money';
import { CliError, optional, positiveInt, readTextFile, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { findPortfolioId } from './lookup';

export const importTastytrade: CliCommand = {
  name: 'import tastytrade',
  summary: 'import a tastytrade transactions CSV (SPX/SPXW orders → layers and tickets); --dry-run previews and writes nothing; '
    + 'a long file commits every --batch-orders orders (default 500) and, if interrupted, completes when run again',
  usage: 'alvh import tastytrade --db F --portfolio NAME FILE.csv [--dry-run] [--batch-orders N] [--json]',
  options: { portfolio: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'batch-orders': { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals, backend, out }) {
    const file = positionals[0];
    if (!file) throw new CliError('name the tastytrade CSV file to import');
    const csv = readTextFile(file);
    const portfolioId = await findPortfolioId(backend, required(values, 'portfolio'));
    const summary = values['dry-run']
      ? await backend.send('import/tastytradePreview', { portfolioId, csv, fileName: file })
      : await backend.send('import/tastytradeApply', { portfolioId, csv, fileName: file, batchOrders: batchSize(optional(values, 'batch-orders')) });
    if (values.json) return out(JSON.stringify(summary));
    for (const line of describeImport(file, summary)) out(line);
  },
};

const batchSize = (text: string | undefined) => (text === undefined ? undefined : positiveInt(text, 'batch-orders'));

/** The preview (or what was imported) as lines of text: layers, tickets with net prices, duplicates, skipped rows. */
export function describeImport(file: string, s: TastytradeImportSummary): string[] {
  const skippedRows = s.skipped.reduce((n, k) => n + k.count, 0);
  const lines = [`${file}: ${s.orders} order(s), ${s.deliveries} expiration row(s) — ${s.layers.length} layer(s) to open, ${s.tickets.length} ticket(s), ${s.duplicates.length} duplicate(s) skipped, ${skippedRows} row(s) skipped`];
  if (s.layers.length > 0) lines.push('Layers to open:');
  for (const l of s.layers) {
    const shape = l.strikes
      ? `${l.underlying} ${[l.strikes.putLong, l.strikes.putShort, l.strikes.callShort, l.strikes.callLong].map(strike).join('/')}`
      : l.legs.map((leg) => `${leg.side} ${leg.ratio > 1 ? `${leg.ratio}×` : ''}${strike(leg.strikeHundredths)}${leg.right === 'put' ? 'P' : 'C'}`).join(' ');
    const from = l.rolledFrom ? `, rolled from ${l.rolledFrom.kind === 'existing' ? `layer ${l.rolledFrom.layerId}` : `new layer ${l.rolledFrom.index + 1}`}` : '';
    lines.push(`  new layer ${l.index + 1}  ${l.openedOn}  ${shape} exp ${l.expiration}  x${l.quantity}  ${price(l.netPriceHundredths)}  fees ${formatCents(l.feesCents)}  ${l.role}${from}  (order #${l.orderNumber})`);
  }
  if (s.tickets.length > 0) lines.push('Tickets:');
  for (const t of s.tickets) {
    lines.push(`  ${t.date}  ${t.action.padEnd(6)} ${t.layerLabel.padEnd(12)} x${t.quantity}  ${price(t.netPriceHundredths)}  fees ${formatCents(t.feesCents)}  (${ticketSource(t)}, ${linesLabel(t.lines)})`);
  }
  if (s.duplicates.length > 0) lines.push('Duplicates skipped:');
  for (const d of s.duplicates) lines.push(`  ${d.delivery ? `expiration row "${d.orderNumber}"` : `order #${d.orderNumber}`} (${linesLabel(d.lines)}): ${d.reason}`);
  if (s.skipped.length > 0) lines.push('Rows skipped:');
  for (const k of s.skipped) lines.push(`  ${k.count} × ${k.reason} (${k.lines.length < k.count ? 'first at ' : ''}line${k.lines.length > 1 ? 's' : ''} ${k.lines.join(', ')})`);
  for (const w of s.warnings) lines.push(`Note: ${w.path}: ${w.message}`);
  lines.push(s.applied ? `Imported: ${s.tickets.length} ticket(s)${s.createdLayerIds.length > 0 ? `, new layer id(s) ${s.createdLayerIds.join(', ')}` : ''}.` : 'Dry run: nothing was written.');
  return lines;
}

/** The order behind a ticket, or the broker's expiration / cash settlement (which has no order). */
function ticketSource(t: TastytradeImportSummary['tickets'][number]): string {
  if (t.orderNumber) return `order #${t.orderNumber}`;
  return t.action === 'settle' ? 'cash settlement' : 'expiration';
}

/** 6.00 credit / 4.40 debit, per unit. */
const price = formatNetPriceWords;
const strike = formatStrike;
