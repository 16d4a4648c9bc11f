import { existsSync } from 'node:fs';
import { writeFileAtomic } from '../../backend/backup/atomic-file';
import { backupDatabase } from '../../backend/backup/db-backup';
import { checkBackup, exportJson, isEmptyJournal, restoreJson } from '../../backend/backup/json-backup';
import { jsonOfDatabase } from '../../backend/backup/json-of-database';
import { CliError, readTextFile } from '../cli-args';
import type { CliCommand } from '../cli-context';

export const backup: CliCommand = {
  name: 'backup',
  summary: 'back up the journal: PATH.json = the lossless JSON backup, anything else = a consistent SQLite copy',
  usage: 'alvh backup --db F --out PATH',
  options: { out: { type: 'string' } },
  async run({ values, backend, out }) {
    const path = typeof values.out === 'string' ? values.out : '';
    if (!path) throw new CliError('--out is required');
    if (existsSync(path)) throw new CliError(`${path} already exists; backups never overwrite`);
    const { db } = backend.context;
    if (path.toLowerCase().endsWith('.json')) writeFileAtomic(path, exportJson(db), (partial) => checkBackup(db, readTextFile(partial)));
    else backupDatabase(db, path);
    out(path);
  },
};

export const restore: CliCommand = {
  name: 'restore',
  summary: 'restore a JSON backup or a SQLite copy into the journal (asks for --force over existing data, and backs it up first)',
  usage: 'alvh restore --db F PATH [--force]',
  options: { force: { type: 'boolean' } },
  async run({ values, positionals, backend, out }) {
    const source = positionals[0];
    if (!source) throw new CliError('name the backup to restore');
    const { db, dbPath } = backend.context;
    const text = source.toLowerCase().endsWith('.json') ? readTextFile(source) : jsonOfDatabase(source);
    // Validate every row first: a bad backup is refused before any copy is made or anything changes.
    checkBackup(db, text);
    if (!isEmptyJournal(db)) {
      if (!values.force) throw new CliError(`${dbPath} already holds a journal; add --force to replace it (a backup of it is taken first)`);
      const safety = `${dbPath}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`;
      backupDatabase(db, safety);
      out(`previous journal saved to ${safety}`);
    }
    const { rows } = restoreJson(db, text);
    out(`restored ${rows} rows from ${source}`);
  },
};
