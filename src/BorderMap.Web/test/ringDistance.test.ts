import { describe, expect, it } from 'vitest';
import { RingDistance } from '../src/map/ringDistance';

/** Every edge tested for every point: the plain answer the runs must give. */
function plainDistance(rings: number[][], x: number, y: number): number {
  let inside = false;
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 3 < ring.length; i += 2) {
      const ax = ring[i] ?? 0;
      const ay = ring[i + 1] ?? 0;
      const bx = ring[i + 2] ?? 0;
      const by = ring[i + 3] ?? 0;
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSq = dx * dx + dy * dy;
      const t = lengthSq > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSq)) : 0;
      const ex = ax + t * dx - x;
      const ey = ay + t * dy - y;
      best = Math.min(best, ex * ex + ey * ey);
    }
  }
  return inside ? Math.sqrt(best) : -1;
}

/** A closed ring of `n` points around (cx, cy) whose radius wobbles, like a province's outline (constructed). */
function wobblyRing(cx: number, cy: number, radius: number, n: number, seed: number): number[] {
  const ring: number[] = [];
  for (let i = 0; i < n; i++) {
    const angle = (2 * Math.PI * i) / n;
    const r = radius * (1 + 0.3 * Math.sin(angle * 7 + seed) + 0.1 * Math.sin(angle * 53 + 2 * seed));
    ring.push(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
  }
  ring.push(ring[0] ?? 0, ring[1] ?? 0);
  return ring;
}

describe('RingDistance', () => {
  it('gives the distance to the nearest edge inside a square, and -1 outside', () => {
    const square = new RingDistance([[0, 0, 10, 0, 10, 10, 0, 10, 0, 0]]);
    expect(square.distance(5, 5)).toBe(5);
    expect(square.distance(2, 7)).toBe(2);
    expect(square.distance(9.5, 1)).toBe(0.5);
    expect(square.distance(11, 5)).toBe(-1);
    expect(square.distance(5, -0.1)).toBe(-1);
  });

  it('counts a point in a hole as outside, and measures to the hole’s edge next to it', () => {
    const withHole = new RingDistance([
      [0, 0, 100, 0, 100, 100, 0, 100, 0, 0],
      [40, 40, 60, 40, 60, 60, 40, 60, 40, 40],
    ]);
    expect(withHole.distance(50, 50)).toBe(-1);
    expect(withHole.distance(50, 30)).toBe(10);
    expect(withHole.distance(10, 50)).toBe(10);
  });

  it('answers exactly as testing every edge, for outlines of thousands of edges with holes and parts', () => {
    const rings = [wobblyRing(0, 0, 1000, 3000, 1), wobblyRing(100, -50, 200, 400, 2), wobblyRing(2500, 300, 600, 1500, 3)];
    const distance = new RingDistance(rings);
    let inside = 0;
    // A grid of samples as labels.ts takes them, row by row, so the run remembered from one sample serves the next.
    for (let i = 0; i < 60; i++) {
      for (let j = 0; j < 40; j++) {
        const x = -1500 + i * 71.3;
        const y = -1500 + j * 77.9;
        const expected = plainDistance(rings, x, y);
        expect(distance.distance(x, y)).toBe(expected);
        if (expected >= 0) inside++;
      }
    }
    // The samples must reach inside and outside, or the comparison shows little.
    expect(inside).toBeGreaterThan(300);
    expect(inside).toBeLessThan(2000);
  });

  it('answers -1 for a polygon with no edges', () => {
    expect(new RingDistance([]).distance(0, 0)).toBe(-1);
    expect(new RingDistance([[5, 5]]).distance(5, 5)).toBe(-1);
  });
});
