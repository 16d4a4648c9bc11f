import type Database from 'better-sqlite3';
import type { BackupCounts } from '../../../shared/api/backups';
import { isEmptyJournal } from './json-backup';

/** What a restore would replace, in the words a confirm dialog uses. */
export function journalCounts(db: Database.Database): BackupCounts {
  const count = (table: string) => Number(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
  return { portfolios: count('portfolios'), layers: count('layers'), tickets: count('tickets'), marketCloses: count('market_bars'), events: count('economic_events'), empty: isEmptyJournal(db) };
}

export function describeCounts(counts: BackupCounts): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const trading = `${plural(counts.portfolios, 'portfolio')}, ${plural(counts.layers, 'layer')} and ${plural(counts.tickets, 'ticket')}`;
  const market = counts.marketCloses + counts.events > 0 ? ` (plus ${plural(counts.marketCloses, 'market close')} and ${plural(counts.events, 'event')})` : '';
  return trading + market;
}
