import { describe, expect, it } from 'vitest';
import { createBackend } from '../backend';
import { tempBackend } from '../testing/temp-backend';
import { memoUntilWrite } from './memo';

describe('memoUntilWrite', () => {
  it('recomputes after a write on this connection and after a commit from another one', async () => {
    const t = tempBackend();
    // A second connection to the same file, as the CLI would open while the app runs.
    const other = createBackend({ dbPath: t.dbPath, logError: () => undefined });
    try {
      const { db } = t.backend.context;
      let computed = 0;
      const count = () => memoUntilWrite(db, 'portfolio-count', () => {
        computed += 1;
        return db.prepare('SELECT count(*) FROM portfolios').pluck().get();
      });
      expect(count()).toBe(0);
      expect(count()).toBe(0);
      expect(computed).toBe(1);

      await t.backend.send('portfolio/create', { name: 'Here', riskCapitalCents: 100_00 });
      expect(count()).toBe(1);
      expect(computed).toBe(2);

      await other.send('portfolio/create', { name: 'From the CLI', riskCapitalCents: 100_00 });
      expect(count()).toBe(2);
      expect(computed).toBe(3);
      expect(count()).toBe(2);
      expect(computed).toBe(3);
    } finally {
      other.close();
      t.cleanup();
    }
  });

  it('keeps the most recently used entries and drops the one used longest ago', () => {
    const t = tempBackend();
    try {
      const { db } = t.backend.context;
      const computed: string[] = [];
      const read = (key: string) => memoUntilWrite(db, key, () => {
        computed.push(key);
        return key;
      });
      read('kept');
      for (let i = 0; i < 100; i += 1) {
        read(`what-if ${i}`);
        read('kept'); // used all along: never the oldest
      }
      expect(computed.filter((k) => k === 'kept')).toHaveLength(1);
      computed.length = 0;
      read('what-if 99');
      expect(computed).toEqual([]);
      read('what-if 0');
      expect(computed).toEqual(['what-if 0']);
    } finally {
      t.cleanup();
    }
  });
});
