import type { Backend } from '../../backend/backend';
import { CliError } from '../cli-args';

/** The portfolio's fee per contract (cents), the default of every --fees. */
export async function feePerContractCents(backend: Backend, portfolioId: number): Promise<number> {
  return (await backend.send('portfolio/get', { portfolioId })).settings.feePerContractCents;
}

/** Portfolios are named on the command line; the API wants ids. */
export async function findPortfolioId(backend: Backend, name: string): Promise<number> {
  const portfolios = await backend.send('portfolio/list', {});
  const match = portfolios.find((p) => p.name.toLowerCase() === name.toLowerCase());
  if (!match) throw new CliError(`No portfolio named "${name}"${portfolios.length ? ` (have: ${portfolios.map((p) => p.name).join(', ')})` : ''}`);
  return match.id;
}
