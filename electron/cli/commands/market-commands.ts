import { MARKET_SYMBOLS, type ImportSummary, type MarketSymbol } from '../../../shared/domain/types';
import { formatImportPreview } from '../../../shared/market/import-report';
import { CliError, optional, readTextFile, required } from '../cli-args';
import type { CliCommand } from '../cli-context';

function symbolOf(text: string): MarketSymbol {
  const symbol = text.toUpperCase();
  if (!(MARKET_SYMBOLS as readonly string[]).includes(symbol)) throw new CliError(`--symbol must be SPX or VIX, got "${text}"`);
  return symbol as MarketSymbol;
}

function tolerance(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!(value > 0) || value > 100) throw new CliError(`--tolerance must be a percentage above 0 and at most 100, got "${text}"`);
  return value;
}

export const marketImport: CliCommand = {
  name: 'market import',
  summary: 'import daily closes from a CSV file (refused when they do not look like the symbol\'s; --dry-run previews, --replace overrides)',
  usage: 'alvh market import --db F --symbol SPX|VIX [--dry-run] [--replace] [--tolerance PCT] [--json] FILE.csv',
  options: { symbol: { type: 'string' }, json: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, replace: { type: 'boolean' }, tolerance: { type: 'string' } },
  async run({ values, positionals, backend, out }) {
    const symbol = symbolOf(required(values, 'symbol'));
    const tolerancePct = tolerance(optional(values, 'tolerance'));
    const file = positionals[0];
    if (!file) throw new CliError('name the CSV file to import');
    const csv = readTextFile(file);
    const summary: ImportSummary = await backend.send('market/import', {
      symbol, csv, fileName: file.slice(-200), dryRun: values['dry-run'] === true, replace: values.replace === true, ...(tolerancePct === undefined ? {} : { tolerancePct }),
    });
    if (values.json) return out(JSON.stringify(summary));
    for (const line of formatImportPreview(summary)) out(line);
  },
};

export const marketUndo: CliCommand = {
  name: 'market undo',
  summary: 'undo the last market import or edit (of --symbol when given), restoring the closes it replaced',
  usage: 'alvh market undo --db F [--symbol SPX|VIX]',
  options: { symbol: { type: 'string' } },
  async run({ values, backend, out }) {
    const text = optional(values, 'symbol');
    const { revision, restored } = await backend.send('market/undo', text === undefined ? {} : { symbol: symbolOf(text) });
    const what = revision.kind === 'import' ? `import of ${revision.source || 'a file'}` : `${revision.kind} of ${revision.firstDate ?? '?'}${revision.reason ? ` (${revision.reason})` : ''}`;
    out(`${revision.symbol}: undid revision ${revision.id}, the ${what} on ${revision.createdAt.slice(0, 10)}: ${restored.toLocaleString('en-US')} close(s) restored`);
  },
};

export const marketRevisions: CliCommand = {
  name: 'market revisions',
  summary: 'list market imports and edits, newest first',
  usage: 'alvh market revisions --db F [--symbol SPX|VIX] [--json]',
  options: { symbol: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, backend, out }) {
    const text = optional(values, 'symbol');
    const list = await backend.send('market/revisions', text === undefined ? {} : { symbol: symbolOf(text) });
    if (values.json) return out(JSON.stringify(list));
    if (list.length === 0) return out('no market imports or edits yet');
    for (const r of list) {
      out(`${r.id}\t${r.createdAt}\t${r.symbol}\t${r.kind}\t${r.rowsChanged} row(s)\t${r.firstDate ?? ''}…${r.lastDate ?? ''}\t${r.source || r.reason}${r.undoneAt ? `\tundone ${r.undoneAt}` : ''}`);
    }
  },
};
