/**
 * What makes a SQLite file an ALVH journal, checked BEFORE anything is written to it (WAL
 * mode, migrations): a file given by mistake (`--db ~/.mozilla/…/places.sqlite`) must be
 * refused untouched, not turned into a journal.
 *
 * The identity is SQLite's `PRAGMA application_id` (a 32-bit number in the file header, meant
 * for exactly this; see https://www.sqlite.org/fileformat.html#application_id):
 * {@link ALVH_APPLICATION_ID}. Journals written before it existed have 0 there; they are
 * recognised by their schema (a known `user_version` and the journal's tables) and stamped on
 * open.
 */
import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';

/** "ALVH" in ASCII (0x414C5648): the journal's application id. */
export const ALVH_APPLICATION_ID = 0x414c5648;

/** Tables every journal schema since version 1 has. */
const JOURNAL_TABLES = ['portfolios', 'settings', 'layers', 'hedge_links', 'legs', 'tickets', 'ticket_legs', 'marks', 'market_bars', 'economic_events', 'notes', 'decisions'];

/** Throws "not an ALVH journal" (or a clear schema message) unless `db` is a journal or a fresh, empty file. */
export function checkJournalIdentity(db: Database.Database, path: string): void {
  const applicationId = Number(db.pragma('application_id', { simple: true }));
  const userVersion = Number(db.pragma('user_version', { simple: true }));
  const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]);
  if (applicationId !== 0 && applicationId !== ALVH_APPLICATION_ID) {
    throw new ApiError('storage', `${path} is not an ALVH journal (its SQLite application id is 0x${(applicationId >>> 0).toString(16)}, another program's); it was not changed.`);
  }
  if (userVersion < 0) {
    throw new ApiError('storage', `${path} has an unknown schema version (${userVersion}); it is not a journal this app can open, and it was not changed.`);
  }
  if (applicationId === ALVH_APPLICATION_ID) return;
  if (tables.size === 0 && userVersion === 0) return;
  const missing = JOURNAL_TABLES.filter((t) => !tables.has(t));
  if (userVersion === 0 || missing.length > 0) {
    const what = missing.length > 0 ? `it has other tables (${[...tables].slice(0, 5).join(', ')}${tables.size > 5 ? ', …' : ''}) and none of the journal's identity` : 'it has no journal schema version';
    throw new ApiError('storage', `${path} is not an ALVH journal: ${what}. It was not changed; choose a journal file or a new file name.`);
  }
}

/** Stamps the journal's id on a journal that lacks it (a new file, or one from before the id). */
export function stampJournalIdentity(db: Database.Database): void {
  if (Number(db.pragma('application_id', { simple: true })) !== ALVH_APPLICATION_ID) db.pragma(`application_id = ${ALVH_APPLICATION_ID}`);
}
