import { exchangeDate } from '../../../shared/dates';
import { readUserVersion } from '../db/migrate';
import type { HandlerMap } from './handler';

export const appHandlers: HandlerMap<'app/info'> = {
  'app/info': (_input, ctx) => ({ appVersion: ctx.appVersion, schemaVersion: readUserVersion(ctx.db), dbPath: ctx.dbPath, today: exchangeDate(ctx.now()) }),
};
