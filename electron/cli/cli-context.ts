import type { Backend } from '../backend/backend';

/** What a command gets: its parsed flags and positionals, the backend, and where to write. */
export interface CliContext {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  backend: Backend;
  out: (line: string) => void;
}

export interface CliCommand {
  /** e.g. `condor add`. */
  name: string;
  summary: string;
  usage: string;
  options: Record<string, { type: 'string' | 'boolean' }>;
  run(ctx: CliContext): Promise<void>;
}
