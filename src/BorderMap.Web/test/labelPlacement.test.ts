import { describe, expect, it } from 'vitest';
import type { Coordinate } from 'ol/coordinate';
import type { Extent } from 'ol/extent';
import { boxesOverlap, type LabelCandidate, placeLabels } from '../src/map/labelPlacement';

function candidate(id: string, priority: number, positions: Coordinate[], mustShow = false): LabelCandidate {
  return { id, text: id, kind: mustShow ? 'focus-area' : 'town', look: 'town', font: '11px sans-serif', priority, mustShow, half: [10, 5], positions: () => positions };
}

describe('placeLabels', () => {
  it('places higher priorities first and drops a lower one that would overlap', () => {
    const placed = placeLabels([candidate('low', 1, [[5, 0]]), candidate('high', 2, [[0, 0]])], []);
    expect(placed.map((label) => label.id)).toEqual(['high']);
  });

  it('moves a label to its next position where the first is taken', () => {
    const placed = placeLabels([candidate('a', 2, [[0, 0]]), candidate('b', 1, [[5, 0], [0, 30]])], []);
    expect(placed.find((label) => label.id === 'b')?.at).toEqual([0, 30]);
  });

  it('keeps ordinary labels off obstacles, but shows a label that must show over them', () => {
    const symbol: Extent = [-2, -2, 2, 2];
    const placed = placeLabels([candidate('town', 1, [[0, 0]]), candidate('focus', 0, [[0, 0]], true)], [symbol]);
    expect(placed.map((label) => label.id)).toEqual(['focus']);
  });

  it('never lets two placed labels overlap', () => {
    const candidates = Array.from({ length: 40 }, (_, i) => candidate(`l${i}`, i % 7, [[(i * 13) % 60, (i * 7) % 30], [(i * 5) % 60, 40]]));
    const boxes = placeLabels(candidates, []).map((label) => label.box);
    expect(boxes.length).toBeGreaterThan(3);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i], boxes[j])).toBe(false);
  });

  it('tells each candidate where the labels placed before it are', () => {
    const seen: number[] = [];
    const spy: LabelCandidate = { ...candidate('spy', 0, [[100, 100]]), positions: (placed) => (seen.push(placed.length), [[100, 100]]) };
    placeLabels([candidate('a', 2, [[0, 0]]), spy], []);
    expect(seen).toEqual([1]);
  });

  it('takes a town’s dot with its label, and drops both when the dot is covered', () => {
    const dot: Extent = [-1, -1, 1, 1];
    const town = { ...candidate('town', 1, [[12, 0]]), reserve: dot };
    const placed = placeLabels([town, candidate('later', 0, [[0, 12]])], []);
    expect(placed.map((label) => label.id)).toEqual(['town', 'later']);
    const covered = placeLabels([candidate('area', 2, [[-10, 0]]), town], []);
    expect(covered.map((label) => label.id)).toEqual(['area']);
    // A claim symbol on the dot does not hide the town (claims are often anchored at towns).
    expect(placeLabels([town], [dot]).map((label) => label.id)).toEqual(['town']);
  });
});
