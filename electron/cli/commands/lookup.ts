import type { Backend } from '../../backend/backend';
import { CliError } from '../cli-args';

/** Portfolios are named on the command line; the API wants ids. */
export async function findPortfolioId(backend: Backend, name: string): Promise<number> {
  const portfolios = await backend.send('portfolio/list', {});
  const match = portfolios.find((p) => p.name.toLowerCase() === name.toLowerCase());
  if (!match) throw new CliError(`No portfolio named "${name}"${portfolios.length ? ` (have: ${portfolios.map((p) => p.name).join(', ')})` : ''}`);
  return match.id;
}
