import { describe, expect, it } from 'vitest';
import { heightForWidth, sizeProblems } from '../src/state/exportSize';

describe('sizeProblems', () => {
  it('accepts the dialog’s default size', () => {
    expect(sizeProblems({ width: 2400, height: 1500, dpi: 200 })).toEqual({});
  });

  it('says a width of 0 is not a size, without blaming the height or the DPI', () => {
    const problems = sizeProblems({ width: 0, height: 1500, dpi: 200 });
    expect(problems.width).toMatch(/whole number of pixels from 1 to 20,000/);
    expect(problems.height).toBeUndefined();
    expect(problems.dpi).toBeUndefined();
  });

  it('asks for a width when the field is empty', () => {
    expect(sizeProblems({ width: Number.NaN, height: 1500, dpi: 200 }).width).toMatch(/^Enter the width/);
  });

  it('refuses a DPI outside the renderer’s range', () => {
    expect(sizeProblems({ width: 2400, height: 1500, dpi: 172000 }).dpi).toMatch(/36 to 2,400/);
    expect(sizeProblems({ width: 2400, height: 1500, dpi: 10 }).dpi).toBeDefined();
  });

  it('explains a page too small for the map at that resolution', () => {
    const problems = sizeProblems({ width: 500, height: 300, dpi: 200 });
    expect(problems.width).toBe('At 200 DPI the width must be at least 600 px (3 inches): enter more pixels or a lower DPI.');
    expect(problems.height).toMatch(/at least 400 px \(2 inches\)/);
  });
});

describe('heightForWidth', () => {
  it('keeps the aspect for a real width and derives nothing from a width of 0', () => {
    expect(heightForWidth(1600, 1.6)).toBe(1000);
    expect(heightForWidth(0, 1.6)).toBeNull();
    expect(heightForWidth(Number.NaN, 1.6)).toBeNull();
  });
});
