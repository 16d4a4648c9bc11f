/** `npm run bench:concurrency`: only the concurrency figures (bench/concurrency.ts). */
import { join } from 'node:path';
import { runConcurrencyBench } from './concurrency';

runConcurrencyBench(join(__dirname, 'cli.cjs')).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
