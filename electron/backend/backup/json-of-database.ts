import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';
import { openDatabase } from '../db/open-database';
import { exportJson } from './json-backup';

/**
 * A SQLite backup as the lossless JSON backup. The copy may come from an older app, so it is
 * read through its migrations — on a temporary copy, never on the backup itself.
 */
export function jsonOfDatabase(path: string): string {
  if (!existsSync(path)) throw new ApiError('not_found', `Cannot read ${path}: no such file`);
  const copy = join(tmpdir(), `alvh-restore-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}.sqlite`);
  try {
    const source = openDatabase(path, { readonly: true });
    try {
      source.prepare('VACUUM INTO ?').run(copy);
    } finally {
      source.close();
    }
    const migrated = openDatabase(copy);
    try {
      return exportJson(migrated);
    } finally {
      migrated.close();
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  }
}
