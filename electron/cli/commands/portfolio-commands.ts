import { formatCents } from '../../../shared/format/money';
import { dollars, required } from '../cli-args';
import type { CliCommand } from '../cli-context';
import { findPortfolioId } from './lookup';

export const portfolioAdd: CliCommand = {
  name: 'portfolio add',
  summary: 'create a portfolio',
  usage: 'alvh portfolio add --db F --name NAME --capital DOLLARS',
  options: { name: { type: 'string' }, capital: { type: 'string' } },
  async run({ values, backend, out }) {
    const portfolio = await backend.send('portfolio/create', { name: required(values, 'name'), riskCapitalCents: dollars(required(values, 'capital'), 'capital') });
    out(String(portfolio.id));
  },
};

export const portfolioList: CliCommand = {
  name: 'portfolio list',
  summary: 'list portfolios',
  usage: 'alvh portfolio list --db F [--json]',
  options: { json: { type: 'boolean' } },
  async run({ values, backend, out }) {
    const portfolios = await backend.send('portfolio/list', {});
    if (values.json) return out(JSON.stringify(portfolios, null, 2));
    for (const p of portfolios) out(`${p.id}\t${p.name}\t${formatCents(p.riskCapitalCents)}\t${p.settings.allocationPct.join('/')}`);
  },
};

export { findPortfolioId };
