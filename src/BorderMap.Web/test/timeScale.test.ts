import { describe, expect, it } from 'vitest';
import { binEnd, buildTimeScale, chooseBin, dayNumber, type Interval, isoDate, linearScale, zoomSpan } from '../src/panels/timeScale';

const day = dayNumber;
/** The seed data's shape: one claim about 1996–2001, a busy mid-2021, and one claim in 2024. */
const withFarClaim: Interval[] = [
  [day('1996-01-01'), day('2001-12-31')],
  ...Array.from({ length: 22 }, (_, i): Interval => [day('2021-05-01') + i * 3, day('2021-05-01') + i * 3]),
  [day('2024-03-10'), day('2024-03-10')],
];

describe('dayNumber and isoDate', () => {
  it('round-trip whole UTC days', () => {
    expect(day('1970-01-02')).toBe(1);
    expect(isoDate(day('2021-07-05'))).toBe('2021-07-05');
    expect(day('not a date')).toBeNaN();
  });

  it('keep years 0001-0099 as they are, not as 1901-1999', () => {
    expect(isoDate(day('0050-03-01'))).toBe('0050-03-01');
    expect(isoDate(day('0001-01-01'))).toBe('0001-01-01');
    expect(isoDate(binEnd(day('0099-12-01'), 'month'))).toBe('0100-01-01');
  });
});

describe('buildTimeScale', () => {
  it('compresses the long empty stretches and marks each as a break', () => {
    const scale = buildTimeScale(withFarClaim);
    expect(scale.gaps).toHaveLength(2);
    for (const [a, b] of scale.gaps) expect(b - a).toBeLessThan(0.051);
    expect(scale.minDay).toBe(day('1996-01-01'));
    expect(scale.maxDay).toBeGreaterThanOrEqual(day('2024-03-10'));
  });

  it('gives the busy 2021 stretch most of the width, though a 2024 claim is years away', () => {
    const scale = buildTimeScale(withFarClaim);
    const width = scale.toPosition(day('2021-07-06')) - scale.toPosition(day('2021-05-01'));
    expect(width).toBeGreaterThan(0.5);
  });

  it('is monotonic and maps positions back to the days they came from', () => {
    const scale = buildTimeScale(withFarClaim);
    let last = -1;
    for (let d = scale.minDay; d <= scale.maxDay; d += 97) {
      const position = scale.toPosition(d);
      expect(position).toBeGreaterThanOrEqual(last);
      last = position;
    }
    const inside = day('2021-06-01');
    expect(Math.abs(scale.toDay(scale.toPosition(inside)) - inside)).toBeLessThanOrEqual(1);
  });

  it('stays linear without long gaps, and pads a span shorter than a month', () => {
    const even = buildTimeScale([[day('2021-01-01'), day('2021-01-01')], [day('2021-02-15'), day('2021-02-15')], [day('2021-04-01'), day('2021-04-01')]]);
    expect(even.gaps).toEqual([]);
    expect(even.toPosition(day('2021-02-15'))).toBeCloseTo(0.5, 1);
    const short = buildTimeScale([[day('2021-07-05'), day('2021-07-05')]]);
    expect(short.maxDay - short.minDay).toBe(30);
  });

  it('weights stretches by their third element', () => {
    const light = buildTimeScale([[0, 30, 1], [1000, 1030, 1]]);
    const heavy = buildTimeScale([[0, 30, 100], [1000, 1030, 1]]);
    expect(heavy.toPosition(30)).toBeGreaterThan(light.toPosition(30));
  });
});

describe('chooseBin', () => {
  it('uses weeks for the busy 2021 stretch of the broken axis, not months', () => {
    const months: Interval[] = [
      [day('1996-01-01'), day('1996-01-31'), 1],
      [day('2021-05-01'), day('2021-05-31'), 3],
      [day('2021-06-01'), day('2021-06-30'), 8],
      [day('2021-07-01'), day('2021-07-31'), 12],
      [day('2024-03-01'), day('2024-03-31'), 1],
    ];
    expect(chooseBin(buildTimeScale(months), 240)).toBe('week');
  });

  it('uses days for a few weeks and months for decades on a linear axis', () => {
    expect(chooseBin(linearScale(day('2021-06-01'), day('2021-07-10')), 240)).toBe('day');
    expect(chooseBin(linearScale(day('1990-01-01'), day('2024-01-01')), 240)).toBe('month');
  });
});

describe('binEnd', () => {
  it('ends days, weeks and months where the API starts the next bin', () => {
    expect(binEnd(day('2021-07-05'), 'day')).toBe(day('2021-07-06'));
    expect(binEnd(day('2021-07-05'), 'week')).toBe(day('2021-07-12'));
    expect(binEnd(day('2021-12-01'), 'month')).toBe(day('2022-01-01'));
  });
});

describe('zoomSpan', () => {
  const extent = [day('1996-01-01'), day('2024-12-31')] as const;

  it('halves the span around the centre, kept inside the extent', () => {
    const view = [day('2021-01-01'), day('2021-12-31')] as const;
    const zoomed = zoomSpan(view, extent, day('2021-07-01'), 0.5);
    expect(zoomed).not.toBeNull();
    const [lo, hi] = zoomed ?? [0, 0];
    expect(hi - lo).toBe(Math.round((view[1] - view[0]) / 2));
    expect(lo).toBeLessThanOrEqual(day('2021-07-01'));
    expect(hi).toBeGreaterThanOrEqual(day('2021-07-01'));
    const atStart = zoomSpan([extent[0], extent[0] + 100], extent, extent[0] - 50, 0.5);
    expect(atStart?.[0]).toBe(extent[0]);
  });

  it('never gets narrower than two weeks, and returns to the whole axis when zoomed out past it', () => {
    const narrow = zoomSpan([day('2021-07-01'), day('2021-07-15')], extent, day('2021-07-08'), 0.1);
    expect((narrow?.[1] ?? 0) - (narrow?.[0] ?? 0)).toBe(14);
    expect(zoomSpan([day('2000-01-01'), day('2020-01-01')], extent, day('2010-01-01'), 2)).toBeNull();
  });
});
