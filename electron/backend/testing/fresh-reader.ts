/**
 * A connection on the same file that has derived nothing, for "the cached answer equals a full
 * recompute" tests. Read-only on purpose: a connection that writes on open (WAL mode, the identity
 * stamp) moves the long-lived connection's `PRAGMA data_version`, which starts everything that
 * connection derived over (db/layer-stamps.ts generation) — the comparison would then only ever
 * see a cold cache. Calls go through the same dispatcher as the app's.
 */
import type { ApiInput, ApiResult, QueryName } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { dispatch } from '../backend';
import type { BackendContext } from '../context';
import { openDatabase } from '../db/open-database';
import { FIXED_NOW } from './temp-backend';

export interface FreshReader {
  ask<K extends QueryName>(name: K, input: ApiInput<K>): ApiResult<K>;
  close(): void;
}

export function freshReader(dbPath: string, now: Date = FIXED_NOW): FreshReader {
  const db = openDatabase(dbPath, { readonly: true });
  const ctx: BackendContext = { db, dbPath, appVersion: 'test', now: () => now };
  return {
    ask<K extends QueryName>(name: K, input: ApiInput<K>): ApiResult<K> {
      const response = dispatch(ctx, name, input, () => undefined);
      if (!response.ok) throw ApiError.fromBody(response.error);
      return response.value as ApiResult<K>;
    },
    close: () => db.close(),
  };
}
