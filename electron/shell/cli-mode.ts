/**
 * `alvh-journal --cli layers --db F`: the packaged app runs the command line with no window,
 * so the CLI stays usable with the runAsNode fuse off. Pure: which arguments (if any) are
 * for the CLI. Everything after the first `--cli` belongs to the CLI, verbatim; what comes
 * before it (Electron's own app path in development, Chromium switches) is ignored.
 */
export const CLI_FLAG = '--cli';

export function cliArgvFrom(argv: readonly string[]): string[] | null {
  const index = argv.indexOf(CLI_FLAG);
  return index < 0 ? null : argv.slice(index + 1);
}

/** The GUI's `--db PATH` (or `--db=PATH`); undefined when absent. */
export function dbFlagFrom(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--db') return argv[i + 1];
    if (arg?.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}
