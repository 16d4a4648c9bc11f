import type { Backend } from '../backend/backend';

/** What a command gets: its parsed flags and positionals, the backend, and where to write. */
export interface CliContext {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  backend: Backend;
  out: (line: string) => void;
  /** The process environment the CLI was started with (commands read e.g. ALVH_MARKET_DIR). */
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  /** e.g. `condor add`. */
  name: string;
  summary: string;
  usage: string;
  /** node:util parseArgs options; `multiple` collects a repeated flag into an array. */
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
  run(ctx: CliContext): Promise<void>;
}
