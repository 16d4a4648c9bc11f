import { MARKET_SYMBOLS, type MarketSymbol } from '../../../shared/domain/types';
import { CliError, readTextFile, required } from '../cli-args';
import type { CliCommand } from '../cli-context';

export const marketImport: CliCommand = {
  name: 'market import',
  summary: 'import daily closes from a CSV file',
  usage: 'alvh market import --db F --symbol SPX|VIX FILE.csv',
  options: { symbol: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, positionals, backend, out }) {
    const symbol = required(values, 'symbol').toUpperCase();
    if (!(MARKET_SYMBOLS as readonly string[]).includes(symbol)) throw new CliError(`--symbol must be SPX or VIX, got "${symbol}"`);
    const file = positionals[0];
    if (!file) throw new CliError('name the CSV file to import');
    const csv = readTextFile(file);
    const summary = await backend.send('market/import', { symbol: symbol as MarketSymbol, csv, fileName: file });
    if (values.json) return out(JSON.stringify(summary));
    out(`${summary.symbol}: ${summary.rows} rows (${summary.firstDate ?? '-'} … ${summary.lastDate ?? '-'}): ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged${summary.duplicateRows > 0 ? `; ${summary.duplicateRows} repeated row(s) counted once` : ''}`);
  },
};
