/**
 * A 0-byte or torn `journal-*.sqlite` (a kill during VACUUM INTO, a full
 * disk) must never stand for a backup — not as today's copy, not in the rotation of 14, not
 * as what recovery restores.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppHealth, RecoveryResult } from '../../../shared/api/backups';
import { createBackend, type Backend } from '../backend';
import { openSession } from '../session/journal-session';
import { seedReportJournal } from '../testing/report-journal';
import { FIXED_NOW } from '../testing/temp-backend';
import { backupsDir } from './backups-folder';
import { dailyBackup, latestBackup } from './db-backup';
import { inspectBackup } from './verified-copy';

let dir: string;
let dbPath: string;
const opened: Backend[] = [];
const now = () => FIXED_NOW;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'alvh-badcopy-'));
  dbPath = join(dir, 'journal.sqlite');
});
afterEach(() => {
  for (const b of opened.splice(0)) b.close();
  rmSync(dir, { recursive: true, force: true });
});

async function seeded(): Promise<Backend> {
  const b = createBackend({ dbPath, now, logError: () => undefined });
  opened.push(b);
  await seedReportJournal(b);
  return b;
}

describe('bad backup copies', () => {
  it('a 0-byte copy of today is replaced by a sound one, not taken as today\'s backup', async () => {
    const b = await seeded();
    const backups = backupsDir(dbPath);
    mkdirSync(backups, { recursive: true });
    writeFileSync(join(backups, 'journal-2026-06-01.sqlite'), '');
    expect(dailyBackup(b.context.db, backups, '2026-06-01', 14)).toBe(join(backups, 'journal-2026-06-01.sqlite'));
    expect(inspectBackup(join(backups, 'journal-2026-06-01.sqlite'), { full: true, requireData: true }).ok).toBe(true);
    // The bad one is set aside under a name no listing reads, not deleted.
    expect(readdirSync(backups).sort()).toEqual(['journal-2026-06-01.sqlite', 'journal-2026-06-01.sqlite.bad']);
  });

  it('bad copies never count among the 14 kept, and are never "the latest"', async () => {
    const b = await seeded();
    const backups = backupsDir(dbPath);
    for (let day = 1; day <= 14; day += 1) dailyBackup(b.context.db, backups, `2026-05-${String(day).padStart(2, '0')}`, 14);
    // Two newer days left 0-byte and torn by a kill.
    writeFileSync(join(backups, 'journal-2026-05-30.sqlite'), '');
    const torn = join(backups, 'journal-2026-05-31.sqlite');
    writeFileSync(torn, readFileSync(join(backups, 'journal-2026-05-14.sqlite')));
    truncateSync(torn, Math.floor(statSync(torn).size / 3));
    expect(latestBackup(backups)).toBe(join(backups, 'journal-2026-05-14.sqlite'));
    dailyBackup(b.context.db, backups, '2026-06-01', 14);
    const kept = readdirSync(backups).filter((f) => f.endsWith('.sqlite')).sort();
    expect(kept).toHaveLength(14);
    expect(kept[0]).toBe('journal-2026-05-02.sqlite');
    expect(kept[13]).toBe('journal-2026-06-01.sqlite');
    for (const name of kept) expect(inspectBackup(join(backups, name), { full: true, requireData: true }).ok, name).toBe(true);
  });

  it('recovery restores the newest VERIFIED backup and says what it holds', async () => {
    const b = await seeded();
    const backups = backupsDir(dbPath);
    dailyBackup(b.context.db, backups, '2026-05-31', 14);
    b.close();
    opened.splice(0);
    const empty = join(backups, 'journal-2026-06-01.sqlite');
    writeFileSync(empty, '');
    utimesSync(empty, new Date('2026-06-02T00:00:00Z'), new Date('2026-06-02T00:00:00Z'));
    writeFileSync(dbPath, 'not a database at all, a damaged journal');
    for (const side of ['-wal', '-shm']) rmSync(`${dbPath}${side}`, { force: true });
    const s = openSession({ dbPath, now, logError: () => undefined });
    const health = (await s.call('app/health', {})) as { ok: true; value: AppHealth };
    expect(health.value).toMatchObject({ state: 'unavailable', latestBackup: { name: 'journal-2026-05-31.sqlite', counts: { portfolios: 1, empty: false } } });
    const result = (await s.call('recovery/restoreLatest', {})) as { ok: true; value: RecoveryResult };
    expect(result.value).toMatchObject({ restored: 'journal-2026-05-31.sqlite', counts: { portfolios: 1 } });
    expect(await s.call('portfolio/list', {})).toMatchObject({ ok: true, value: [{ name: 'Main' }] });
    expect(existsSync(empty)).toBe(true);
    s.close();
  });
});
