import { CliError, date, optional, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { findPortfolioId } from './lookup';

/** "7100,7150.5" → [7100, 7150.5]; a bad entry is named. */
function strikeList(text: string): number[] {
  return text.split(',').map((part) => {
    const value = Number(part.trim());
    if (part.trim() === '' || !Number.isFinite(value) || value <= 0) throw new CliError(`--strikes must be positive strikes in points separated by commas, got "${part.trim()}" in "${text}"`);
    return value;
  });
}

export const quote: CliCommand = {
  name: 'quote',
  summary: "model put and call price, implied vol and delta per strike on the SPX smile of a stored date's closes",
  usage: 'alvh quote --db F --date YYYY-MM-DD --expiration YYYY-MM-DD --strikes K1,K2,… [--portfolio NAME] [--json]',
  options: { date: { type: 'string' }, expiration: { type: 'string' }, strikes: { type: 'string' }, portfolio: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, backend, out }) {
    const portfolio = optional(values, 'portfolio');
    const result = await backend.send('market/quote', {
      date: date(required(values, 'date'), 'date'),
      expiration: date(required(values, 'expiration'), 'expiration'),
      strikes: strikeList(required(values, 'strikes')),
      ...(portfolio ? { portfolioId: await findPortfolioId(backend, portfolio) } : {}),
    });
    if (values.json) return out(JSON.stringify(result.quotes));
    out(`SPX ${result.spx.toFixed(2)}  VIX ${result.vix.toFixed(2)} on ${result.date}; expiration ${result.expiration} (${Math.round(result.years * 365)} days); ${portfolio ? `settings of ${portfolio}` : 'default settings'}`);
    out('strike       put  put iv  put Δ      call call iv  call Δ');
    for (const q of result.quotes) {
      out(`${q.strike.toFixed(2).padStart(8)} ${q.put.price.toFixed(2).padStart(9)} ${(q.put.iv * 100).toFixed(2).padStart(6)}% ${q.put.delta.toFixed(3).padStart(6)} ${q.call.price.toFixed(2).padStart(9)} ${(q.call.iv * 100).toFixed(2).padStart(6)}% ${q.call.delta.toFixed(3).padStart(6)}`);
    }
  },
};
