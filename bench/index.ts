/** `npm run bench`: prints speed figures for the analytics engine and the backend. */
import { runBackendBench } from './backend';

async function main(): Promise<void> {
  await runBackendBench();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
