import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RestoreResult } from '../../../shared/api/backups';
import type { ApiInput } from '../../../shared/api/contract';
import { exportJson } from '../backup/json-backup';
import { startupBackup } from '../backup/startup-backup';
import { seedReportJournal } from '../testing/report-journal';
import { tablesChecksum, tempBackend, type TempBackend } from '../testing/temp-backend';
import { waitJob } from '../testing/wait-job';

let t: TempBackend;
let other: TempBackend;
beforeEach(() => {
  t = tempBackend();
  other = tempBackend();
});
afterEach(() => {
  t.cleanup();
  other.cleanup();
});

const backups = () => join(t.dir, 'backups');

async function restore(input: ApiInput<'backup/restore'>): Promise<RestoreResult> {
  const finished = await waitJob(t.backend, await t.backend.send('backup/restore', input));
  if (finished.state !== 'done') throw new Error(`restore ${finished.state}: ${finished.error?.message ?? ''}`);
  return finished.result as RestoreResult;
}

describe('backup/create and backup/list', () => {
  it('writes consistent manual copies beside the journal, never overwriting, listed newest first', async () => {
    await seedReportJournal(t.backend);
    const first = await t.backend.send('backup/create', {});
    const second = await t.backend.send('backup/create', {});
    expect(first.name).toMatch(/^journal-manual-\d{4}-\d{2}-\d{2}-\d{6}\.sqlite$/);
    expect(second.name).toBe(first.name.replace('.sqlite', '-2.sqlite'));
    expect(first.path).toBe(join(backups(), first.name));
    const copy = new Database(first.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('SELECT count(*) FROM layers').pluck().get()).toBe(5);
    copy.close();
    utimesSync(first.path, new Date('2026-05-01T00:00:00Z'), new Date('2026-05-01T00:00:00Z'));

    const list = await t.backend.send('backup/list', {});
    expect(list).toMatchObject({ folder: backups(), keepDaily: 14, startup: null, journal: { portfolios: 1, layers: 5, tickets: 9 } });
    expect(list.backups.map((b) => [b.name, b.kind])).toEqual([[second.name, 'manual'], [first.name, 'manual']]);
    expect(list.backups[0]?.bytes).toBe(second.bytes);
  });

  it('exports the lossless JSON with a dated name', async () => {
    await seedReportJournal(t.backend);
    const { fileName, text } = await t.backend.send('backup/exportJson', {});
    expect(fileName).toMatch(/^alvh-journal-2026-0[56]-\d{2}-\d{6}\.json$/);
    expect(text).toBe(exportJson(t.backend.context.db));
  });
});

describe('backup/restore', () => {
  it('refuses to replace a journal that holds data without replaceExisting, and changes nothing', async () => {
    await seedReportJournal(other.backend);
    const { text } = await other.backend.send('backup/exportJson', {});
    await t.backend.send('portfolio/create', { name: 'Mine', riskCapitalCents: 5_000_000 });
    const before = tablesChecksum(t.backend);
    await expect(t.backend.send('backup/restore', { source: { kind: 'json', text } })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^The journal holds data \(1 portfolio, 0 layers and 0 tickets\)/) as unknown,
    });
    expect(tablesChecksum(t.backend)).toBe(before);
    expect(existsSync(backups())).toBe(false);
  });

  it('with replaceExisting: saves a copy of the journal first, then reproduces the backup exactly', async () => {
    await seedReportJournal(other.backend);
    const { text } = await other.backend.send('backup/exportJson', {});
    await t.backend.send('portfolio/create', { name: 'Mine', riskCapitalCents: 5_000_000 });
    const previous = exportJson(t.backend.context.db);

    const result = await restore({ source: { kind: 'json', text }, replaceExisting: true });
    expect(exportJson(t.backend.context.db)).toBe(text);
    expect(result.journal).toEqual({ portfolios: 1, layers: 5, tickets: 9, marketCloses: 130, events: 0, empty: false });
    expect(result.safetyCopy).toMatch(/journal-before-restore-\d{4}-\d{2}-\d{2}-\d{6}\.sqlite$/);
    const safety = new Database(result.safetyCopy ?? '', { readonly: true });
    expect(exportJson(safety)).toBe(previous);
    safety.close();
    expect((await t.backend.send('backup/list', {})).backups.map((b) => b.kind)).toEqual(['before-restore']);
  });

  it('restores into an empty journal without asking and without a safety copy', async () => {
    await seedReportJournal(other.backend);
    const { text } = await other.backend.send('backup/exportJson', {});
    const result = await restore({ source: { kind: 'json', text } });
    expect(result.safetyCopy).toBeNull();
    expect(exportJson(t.backend.context.db)).toBe(text);
  });

  it('restores a listed SQLite copy', async () => {
    await seedReportJournal(t.backend);
    const atBackup = exportJson(t.backend.context.db);
    const { name } = await t.backend.send('backup/create', {});
    await t.backend.send('portfolio/create', { name: 'Added later', riskCapitalCents: 100 });
    await restore({ source: { kind: 'file', name }, replaceExisting: true });
    expect(exportJson(t.backend.context.db)).toBe(atBackup);
  });

  it('a bad backup fails the job and changes nothing', async () => {
    await t.backend.send('portfolio/create', { name: 'Mine', riskCapitalCents: 100 });
    const before = tablesChecksum(t.backend);
    const finished = await waitJob(t.backend, await t.backend.send('backup/restore', { source: { kind: 'json', text: '{"format":"nope"}' }, replaceExisting: true }));
    expect(finished).toMatchObject({ state: 'failed', error: { code: 'invalid_input', message: expect.stringMatching(/not an ALVH Journal backup/) as unknown } });
    expect(tablesChecksum(t.backend)).toBe(before);
    expect(existsSync(backups())).toBe(false);
  });

  it('refuses names that leave the backups folder or are not backups', async () => {
    mkdirSync(backups());
    writeFileSync(join(t.dir, 'secret.sqlite'), 'x');
    writeFileSync(join(backups(), 'notes.sqlite'), 'x');
    for (const name of ['../journal.sqlite', '../secret.sqlite', 'journal-../../secret.sqlite', '/etc/passwd', 'journal-2026-01-01.sqlite/..', 'journal-..\\x.sqlite', 'notes.sqlite', '']) {
      await expect(t.backend.send('backup/restore', { source: { kind: 'file', name }, replaceExisting: true }), name).rejects.toMatchObject({ code: 'invalid_input' });
    }
    await expect(t.backend.send('backup/restore', { source: { kind: 'file', name: 'journal-2020-01-01.sqlite' }, replaceExisting: true })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('startupBackup', () => {
  it("takes today's copy once, keeps the newest 14 automatic copies, and never rotates manual ones", async () => {
    await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100 });
    mkdirSync(backups());
    const manual = await t.backend.send('backup/create', {});
    const seed = join(t.dir, 'seed.sqlite');
    t.backend.context.db.prepare('VACUUM INTO ?').run(seed);
    for (let day = 1; day <= 15; day += 1) copyFileSync(seed, join(backups(), `journal-2026-05-${String(day).padStart(2, '0')}.sqlite`));

    const first = startupBackup(t.backend, { logError: () => undefined });
    expect(first).toEqual({ ok: true, message: `Today's automatic backup was written to ${join(backups(), 'journal-2026-06-01.sqlite')}` });
    const names = readdirSync(backups()).sort();
    expect(names.filter((n) => /^journal-\d{4}-\d{2}-\d{2}\.sqlite$/.test(n))).toEqual([
      ...Array.from({ length: 13 }, (_, i) => `journal-2026-05-${String(i + 3).padStart(2, '0')}.sqlite`),
      'journal-2026-06-01.sqlite',
    ]);
    expect(names).toContain(manual.name);

    const again = startupBackup(t.backend, { logError: () => undefined });
    expect(again.message).toMatch(/already in/);
    expect(readdirSync(backups()).sort()).toEqual(names);
    expect((await t.backend.send('backup/list', {})).startup).toEqual(again);
  });

  it('a failure is reported, not thrown', async () => {
    await t.backend.send('portfolio/create', { name: 'Main', riskCapitalCents: 100 });
    // A file where the backups folder should be: mkdir fails.
    writeFileSync(backups(), 'in the way');
    const errors: unknown[] = [];
    const outcome = startupBackup(t.backend, { logError: (e) => errors.push(e) });
    expect(outcome.ok).toBe(false);
    expect(outcome.message).toMatch(/could not be written .* The journal works normally/);
    expect(errors).toHaveLength(1);
  });
});
