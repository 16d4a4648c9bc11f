/**
 * The `alvh` command line: every command calls the same backend handlers as the app.
 * Errors print one line on stderr and exit non-zero; nothing half-done is stored because
 * each handler call is one transaction.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError } from '../../shared/api/errors';
import { createBackend } from '../backend/backend';
import { resolveDbPath } from '../backend/paths';
import { CliError } from './cli-args';
import { COMMANDS } from './commands';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export async function runCli(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    io.out(helpText());
    return 0;
  }
  const command = [...COMMANDS].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length).find((c) => c.name.split(' ').every((word, i) => argv[i] === word));
  if (!command) {
    io.err(`alvh: unknown command "${argv.slice(0, 2).join(' ')}"; run "alvh --help"`);
    return 2;
  }
  const rest = argv.slice(command.name.split(' ').length);
  // A holder object: the backend is opened lazily inside a closure, which narrowing cannot see.
  const opened: { backend: ReturnType<typeof createBackend> | null } = { backend: null };
  try {
    const { values, positionals } = parseArgs({ args: rest, options: { db: { type: 'string' }, help: { type: 'boolean' }, ...command.options }, allowPositionals: true, strict: true });
    if (values.help) {
      io.out(command.usage);
      return 0;
    }
    // Opened on first use, so a command that never touches the journal (backtest) needs no --db.
    const openBackend = () => {
      if (opened.backend === null) {
        const dbPath = resolveDbPath(typeof values.db === 'string' ? values.db : undefined, env);
        mkdirSync(dirname(dbPath), { recursive: true });
        opened.backend = createBackend({ dbPath, logError: () => undefined });
      }
      return opened.backend;
    };
    await command.run({ values, positionals, get backend() { return openBackend(); }, out: io.out, env });
    return 0;
  } catch (error) {
    io.err(`alvh ${command.name}: ${describe(error)}`);
    return 1;
  } finally {
    opened.backend?.close();
  }
}

function describe(error: unknown): string {
  if (error instanceof ApiError || error instanceof CliError) return error.message;
  if (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) return error.message;
  return error instanceof Error ? error.message : String(error);
}

function helpText(): string {
  return ['ALVH Journal command line. Every command takes --db PATH (or ALVH_DB); prices are points per contract (12.50 = $1,250 per SPX condor).', '', ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`)].join('\n');
}
