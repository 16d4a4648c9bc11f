import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { derivedOverLayers, forgetDerived, storeLayerSet, takeLayerSet } from './derived-cache';
import { bumpLayerStamp, bumpLayerStructure } from './layer-stamps';

let db: Database.Database;
beforeEach(() => { db = new Database(':memory:'); });
afterEach(() => db.close());

/** A value over layers 1 and 2; `joined` plays the caller's membership check. */
function read(joined: ReadonlySet<number> = new Set()): { value: string; computed: number } {
  let computed = 0;
  const value = derivedOverLayers(db, 'test', 'k', () => {
    computed += 1;
    return { value: `v${Math.random()}`, held: new Set([1, 2]) };
  }, (written) => written.some((id) => joined.has(id)));
  return { value, computed };
}

describe('a value that read a set of layers', () => {
  it('stands across writes to layers outside the set that do not join it, and only those', () => {
    const first = read();
    expect(first.computed).toBe(1);
    bumpLayerStamp(db, 3);
    expect(read()).toEqual({ value: first.value, computed: 0 });
    // Layer 3 was confirmed not to join; a later write to 4 that joins drops the value.
    bumpLayerStamp(db, 4);
    expect(read(new Set([4])).computed).toBe(1);
  });

  it('is recomputed when a layer it holds is written, when layers are added or deleted, and after forgetDerived', () => {
    read();
    bumpLayerStamp(db, 2);
    expect(read().computed).toBe(1);
    bumpLayerStructure(db);
    expect(read().computed).toBe(1);
    expect(read().computed).toBe(0);
    // A rolled-back call: nothing derived stands, whatever the stamps say.
    forgetDerived(db);
    expect(read().computed).toBe(1);
  });

  it('hands its owner what moved, and serves nothing while taken out', () => {
    const now = takeLayerSet(db, 'book', 'p1').now;
    storeLayerSet(db, 'book', 'p1', now, 'book v1', new Set([1, 2]));
    bumpLayerStamp(db, 2);
    bumpLayerStamp(db, 7);
    const look = takeLayerSet<string>(db, 'book', 'p1');
    expect(look).toMatchObject({ kept: 'book v1', structureMoved: false, heldWritten: [2], otherWritten: [7] });
    // Not stored back (the owner threw half-way): the next look finds nothing.
    expect(takeLayerSet(db, 'book', 'p1').kept).toBeUndefined();
  });
});
