import type Database from 'better-sqlite3';
import type { BackupCounts } from '../../../shared/api/backups';

/** What a restore would replace, in the words a confirm dialog uses. */
export function journalCounts(db: Database.Database): BackupCounts {
  const count = (table: string) => Number(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
  return { portfolios: count('portfolios'), layers: count('layers'), tickets: count('tickets') };
}

export function describeCounts(counts: BackupCounts): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(counts.portfolios, 'portfolio')}, ${plural(counts.layers, 'layer')} and ${plural(counts.tickets, 'ticket')}`;
}
