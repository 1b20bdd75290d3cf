import { describe, expect, it } from 'vitest';
import { changedKeys, HistoryEntries, SETTLE_MS } from '../src/state/historyEntries';

describe('changedKeys', () => {
  it('names the keys added, removed or changed', () => {
    expect([...changedKeys('#v=1,2,3&sel=claim:a', 'v=1,2,3&sel=claim:b&choro=1')].sort()).toEqual(['choro', 'sel']);
    expect([...changedKeys('v=1,2,3&q=x', 'v=1,2,3')]).toEqual(['q']);
    expect(changedKeys('#v=1,2,3', 'v=1,2,3').size).toBe(0);
  });
});

describe('HistoryEntries', () => {
  it('pushes every selection, even in quick succession', () => {
    const entries = new HistoryEntries();
    entries.restored(0);
    expect(entries.decide('', 'sel=claim:a', 10)).toBe('push');
    expect(entries.decide('sel=claim:a', 'sel=claim:b', 20)).toBe('push');
    expect(entries.decide('sel=claim:b', 'sel=area:AF-BDS', 30)).toBe('push');
  });

  it('coalesces a continuing move into one entry and pushes the next move once the first settled', () => {
    const entries = new HistoryEntries();
    entries.restored(0);
    const first = entries.decide('v=1,1,5', 'v=2,1,5', 5000);
    const continuing = [entries.decide('v=2,1,5', 'v=3,1,5', 5300), entries.decide('v=3,1,5', 'v=4,1,6', 5600)];
    const next = entries.decide('v=4,1,6', 'v=5,1,6', 5600 + SETTLE_MS + 1);
    expect(first).toBe('push');
    expect(continuing).toEqual(['replace', 'replace']);
    expect(next).toBe('push');
  });

  it("puts the map's move to a selection into the selection's entry", () => {
    const entries = new HistoryEntries();
    entries.restored(0);
    expect(entries.decide('v=1,1,5', 'v=1,1,5&sel=claim:a', 5000)).toBe('push');
    expect(entries.decide('v=1,1,5&sel=claim:a', 'v=2,2,5&sel=claim:a', 5250)).toBe('replace');
  });

  it('coalesces typing in the list search and a dragged date handle', () => {
    const entries = new HistoryEntries();
    entries.restored(0);
    expect(entries.decide('', 'q=b', 5000)).toBe('push');
    expect(entries.decide('q=b', 'q=ba', 5100)).toBe('replace');
    expect(entries.decide('q=ba', 'q=ba&from=2021-01-01', 5200)).toBe('replace');
  });

  it('pushes a filter or layer change even right after a move', () => {
    const entries = new HistoryEntries();
    entries.restored(0);
    entries.decide('v=1,1,5', 'v=2,1,5', 5000);
    expect(entries.decide('v=2,1,5', 'v=2,1,5&cat=', 5100)).toBe('push');
    expect(entries.decide('v=2,1,5&cat=', 'v=2,1,5&cat=&hide=rivers', 5200)).toBe('push');
  });

  it('lets the move that follows Back or Forward rewrite the restored entry, not add one', () => {
    const entries = new HistoryEntries();
    entries.restored(10_000);
    expect(entries.decide('v=1,1,5&sel=claim:a', 'v=1.00001,1,5&sel=claim:a', 10_200)).toBe('replace');
  });

  it('does nothing when nothing changed', () => {
    const entries = new HistoryEntries();
    expect(entries.decide('#v=1,1,5', 'v=1,1,5', 0)).toBe('none');
  });
});
