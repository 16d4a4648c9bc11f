/**
 * Recovery in Chromium: the host starts on a journal file that is not a database, with
 * a backup in the backups folder beside it. The app shows the recovery screen (no crash, no
 * exit), restores the backup on request, and keeps the damaged file under a new name.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshotPath } from './api';
import { expect, ROOT, test } from './fixtures';

const CLI = join(ROOT, process.env.ALVH_DIST ?? 'dist', 'cli.cjs');
const DAMAGED = randomBytes(48 * 1024);

test.use({
  journalSetup: {
    prepare(dataDir, dbPath) {
      execFileSync(process.execPath, [CLI, 'portfolio', 'add', '--db', dbPath, '--name', 'From the backup', '--capital', '50000']);
      mkdirSync(join(dataDir, 'backups'));
      execFileSync(process.execPath, [CLI, 'backup', '--db', dbPath, '--out', join(dataDir, 'backups', 'journal-2026-05-31.sqlite')]);
      // The live journal is then scrambled, as a disk or sync fault would leave it.
      writeFileSync(dbPath, DAMAGED);
    },
  },
});

test('a damaged journal opens the recovery screen, and restoring the latest backup brings the app back', async ({ page, host }) => {
  await page.goto(host.url);
  const screen = page.getByTestId('recovery-screen');
  await expect(screen).toBeVisible();
  await expect(screen.getByRole('heading', { level: 1 })).toHaveText('The journal file is damaged');
  await expect(page.getByTestId('recovery-path')).toHaveText(host.dbPath);
  await expect(page.getByTestId('recovery-backup')).toContainText('journal-2026-05-31.sqlite');
  await expect(screen).toContainText('It has not been changed.');
  await page.screenshot({ path: screenshotPath('recovery-screen') });

  await page.getByRole('button', { name: 'Restore latest backup' }).click();
  const confirm = page.getByTestId('recovery-confirm');
  await expect(confirm).toContainText('journal.sqlite.damaged-<date-time>');
  await confirm.getByRole('button', { name: 'Restore' }).click();

  await expect(page.getByTestId('portfolio-switcher')).toContainText('From the backup');
  await expect(screen).toBeHidden();
  await page.screenshot({ path: screenshotPath('recovery-restored') });

  const aside = readdirSync(host.dataDir).filter((name) => /^journal\.sqlite\.damaged-\d{4}-\d{2}-\d{2}-\d{6}$/.test(name));
  expect(aside).toHaveLength(1);
  expect(readFileSync(join(host.dataDir, aside[0] ?? '')).equals(DAMAGED)).toBe(true);
});
