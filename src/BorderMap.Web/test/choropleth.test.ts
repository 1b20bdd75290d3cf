import { describe, expect, it } from 'vitest';
import { classesFor, colorFor, RAMP, ZERO_FILL } from '../src/map/choropleth';

/** Hue in degrees of a #rrggbb colour. */
function hue(color: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}

/** The territorial-control symbols' colour (map-style.json). */
const TERRITORIAL_CONTROL = '#6a3d9a';

describe('choropleth', () => {
  it('shades with no colour near the purple of the territorial-control symbols', () => {
    const purple = hue(TERRITORIAL_CONTROL);
    for (const color of RAMP) expect(Math.abs(hue(color) - purple)).toBeGreaterThan(60);
  });

  it('gives each count up to 5 its own class, then doubling ranges', () => {
    expect(classesFor(3).map((c) => [c.min, c.max])).toEqual([[1, 1], [2, 2], [3, 3]]);
    expect(classesFor(20).map((c) => [c.min, c.max])).toEqual([[1, 1], [2, 3], [4, 7], [8, 15], [16, 20]]);
  });

  it('gets darker with the count and keeps the plain fill for none', () => {
    const classes = classesFor(20);
    expect(new Set(classes.map((c) => c.color)).size).toBe(classes.length);
    expect(RAMP.indexOf(colorFor(classes, 20))).toBeGreaterThan(RAMP.indexOf(colorFor(classes, 1)));
    expect(colorFor(classes, 0)).toBe(ZERO_FILL);
  });
});
