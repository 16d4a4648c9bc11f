/** `npm run web -- [--db PATH] [--port N]`: serve the renderer and the API on 127.0.0.1. */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { startupBackup } from '../backend/backup/startup-backup';
import { resolveDbPath } from '../backend/paths';
import { warmCachesInBackground } from '../backend/services/cache-warmup';
import { openSession } from '../backend/session/journal-session';
import { startWebHost } from './web-host';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } }, strict: true });
  const port = values.port === undefined ? 4780 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, got "${values.port}"`);
  const dbPath = resolveDbPath(values.db);
  // A folder that cannot be created is reported by the recovery screen rather than a crash.
  try { mkdirSync(dirname(dbPath), { recursive: true }); } catch { /* reported by app/health */ }
  const backend = openSession({ dbPath, onOpen: (opened) => { startupBackup(opened); warmCachesInBackground(opened); } });
  const health = backend.health();
  if (health.state !== 'ok') console.error(`alvh web: the journal could not be opened (${health.reason}): ${health.message} Starting in recovery mode.`);
  const host = await startWebHost({ backend, port, staticDir: join(__dirname, 'renderer') });
  // The URL carries this run's secret: only this terminal sees it (docs/security.md).
  console.log(`ALVH Journal is running at ${host.url} (journal: ${dbPath}). Open that address (it carries this run's access token). Press Ctrl+C to stop.`);
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
