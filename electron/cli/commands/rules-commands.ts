import { date, optional, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { findPortfolioId } from './lookup';

export const promptsList: CliCommand = {
  name: 'prompts',
  summary: 'evaluate the ALVH rules on stored data as of a date',
  usage: 'alvh prompts --db F --portfolio NAME [--date YYYY-MM-DD] [--json]',
  options: { portfolio: { type: 'string' }, date: { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, backend, out }) {
    const portfolioId = await findPortfolioId(backend, required(values, 'portfolio'));
    const asOf = optional(values, 'date');
    const result = await backend.send('rules/prompts', { portfolioId, ...(asOf ? { asOf: date(asOf, 'date') } : {}) });
    if (values.json) {
      out(JSON.stringify(result.prompts.map(({ rule, severity, title, explanation, inputs, suggestion, key, snoozedUntil, layerId }) => ({ rule, severity, title, explanation, inputs, suggestion, key, snoozedUntil, layerId })), null, 2));
      return;
    }
    out(`ALVH prompts as of ${result.asOf}:`);
    if (result.prompts.length === 0) out('  none');
    for (const p of result.prompts) out(`  [${p.severity}] ${p.rule}: ${p.title}${p.snoozedUntil ? ` (snoozed until ${p.snoozedUntil})` : ''}\n      ${p.explanation}`);
    for (const u of result.unavailable) out(`  (${u.rule} not evaluated: ${u.message})`);
  },
};
