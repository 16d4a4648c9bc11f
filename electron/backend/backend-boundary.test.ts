/** The backend boundary holds: ESLint rejects Electron and the adapters (shell/, host/, cli/) in electron/backend. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The no-restricted-imports messages ESLint gives `source` as if it were the file at `filePath`. */
async function restrictedImports(source: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('electron/backend import boundary', () => {
  it.each([
    ["import { app } from 'electron';", 'runs under plain Node'],
    ["import { ipcMain } from 'electron/main';", 'runs under plain Node'],
    ["import { createMainWindow } from '../../shell/window';", 'must not import the adapters'],
    ["import { startWebHost } from '../../host/web-host';", 'must not import the adapters'],
    ["import { runCli } from '../../cli/run-cli';", 'must not import the CLI'],
  ])('rejects %s in a handler', async (line, reason) => {
    const messages = await restrictedImports(`${line}\n`, 'electron/backend/handlers/probe.ts');
    expect(messages.join('\n')).toContain(reason);
  });

  it('accepts shared/ and Node built-ins, and the same Electron import in the shell', async () => {
    expect(await restrictedImports("import { join } from 'node:path';\nimport { operations } from '../../../shared/api/contract';\n", 'electron/backend/handlers/probe.ts')).toEqual([]);
    expect(await restrictedImports("import { app } from 'electron';\n", 'electron/shell/probe.ts')).toEqual([]);
  });
});
