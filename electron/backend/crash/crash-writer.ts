/**
 * Child process for the crash tests: writes user actions through the real backend in a loop
 * and prints each one only after its transaction committed ("L <layerId>" for a new condor
 * layer, "T <ticketId>" for a partial close). The parent kills it with SIGKILL at random.
 */
import { createBackend } from '../backend';

const dbPath = process.argv[2] ?? '';
const backend = createBackend({ dbPath, logError: () => undefined });

async function main(): Promise<void> {
  const portfolios = await backend.send('portfolio/list', {});
  const portfolioId = portfolios[0]?.id ?? (await backend.send('portfolio/create', { name: 'Crash', riskCapitalCents: 1_000_000_00 })).id;
  let layerId = 0;
  for (let i = 0; ; i += 1) {
    if (i % 10 === 0 || layerId === 0) {
      const layer = await backend.send('layer/createCondor', {
        portfolioId, openedOn: '2026-05-01', expiration: '2026-06-18', quantity: 1000, creditHundredths: 1250, feesCents: 100,
        strikes: { putLong: 550000, putShort: 555000, callShort: 590000, callLong: 595000 },
      });
      layerId = layer.id;
      process.stdout.write(`L ${layerId}\n`);
    } else {
      const layer = await backend.send('ticket/add', { layerId, date: '2026-05-20', action: 'close', quantity: 1, netPriceHundredths: -500, feesCents: 10 });
      process.stdout.write(`T ${layer.tickets[layer.tickets.length - 1]?.id ?? 0}\n`);
    }
  }
}

void main();
