/** `npm run web -- [--db PATH] [--port N]`: serve the renderer and the API on 127.0.0.1. */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend } from '../backend/backend';
import { resolveDbPath } from '../backend/paths';
import { startWebHost } from './web-host';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } }, strict: true });
  const port = values.port === undefined ? 4780 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, got "${values.port}"`);
  const dbPath = resolveDbPath(values.db);
  mkdirSync(dirname(dbPath), { recursive: true });
  const backend = createBackend({ dbPath });
  const host = await startWebHost({ backend, port, staticDir: join(__dirname, 'renderer') });
  console.log(`ALVH Journal is running at ${host.url} (journal: ${dbPath}). Press Ctrl+C to stop.`);
  const stop = () => {
    void host.close().then(() => {
      backend.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`alvh web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
