import { describe, expect, it } from 'vitest';
import { frameCount, sequenceProblems, sequenceQuery, type SequenceSettings } from '../src/state/sequenceExport';

const ANIMATION: SequenceSettings = { kind: 'animation', from: '2021-07-03', to: '2021-07-05', step: 'day', window: 1, fps: 2 };

describe('frameCount', () => {
  it('counts an animation frame per step, the last on or before the end', () => {
    expect(frameCount(ANIMATION)).toBe(3);
    expect(frameCount({ ...ANIMATION, from: '2021-07-01', to: '2021-07-31', step: 'week' })).toBe(5);
  });

  it('counts small multiples by the calendar days, Monday weeks or months the range touches', () => {
    const multiples: SequenceSettings = { ...ANIMATION, kind: 'multiples' };
    // 2021-07-04 is a Sunday, 2021-07-05 a Monday: two weeks.
    expect(frameCount({ ...multiples, from: '2021-07-04', to: '2021-07-05', step: 'week' })).toBe(2);
    expect(frameCount({ ...multiples, from: '2021-05-31', to: '2021-08-01', step: 'month' })).toBe(4);
    expect(frameCount({ ...multiples, step: 'day' })).toBe(3);
  });
});

describe('sequenceProblems', () => {
  it('accepts a good animation', () => {
    expect(sequenceProblems(ANIMATION)).toEqual({});
  });

  it('names the field of each problem', () => {
    expect(sequenceProblems({ ...ANIMATION, from: '' })).toEqual({ from: 'required: the first date' });
    expect(sequenceProblems({ ...ANIMATION, from: '2021-07-06' }).to).toContain('is before');
    expect(sequenceProblems({ ...ANIMATION, from: '2010-01-01' }).step).toBe('2010-01-01 to 2021-07-05 by day is 4,204 frames; the limit is 1,000: use a longer step or a shorter range');
    expect(sequenceProblems({ ...ANIMATION, kind: 'multiples', from: '2021-01-01', to: '2021-12-31', step: 'week' }).step).toContain('the limit is 48');
    expect(sequenceProblems({ ...ANIMATION, window: 0 }).window).toContain('1 to 3660');
    expect(sequenceProblems({ ...ANIMATION, window: 'cumulative', fps: 31 })).toEqual({ fps: 'a whole number of frames a second from 1 to 30' });
    expect(sequenceProblems({ ...ANIMATION, step: 'month' }).step).toBe('an animation steps by a day or a week');
  });
});

describe('sequenceQuery', () => {
  it('adds the sequence to the map query, its dates replacing the filter dates', () => {
    const map = new URLSearchParams('format=png&width=960&height=540&from=2021-01-01&category=diplomatic');
    const query = sequenceQuery(map, { ...ANIMATION, window: 'cumulative' }, 'png-seq');
    expect(Object.fromEntries(query)).toEqual({
      format: 'png-seq', width: '960', height: '540', from: '2021-07-03', to: '2021-07-05', category: 'diplomatic',
      animate: 'true', step: 'day', window: 'cumulative', fps: '2',
    });
    const multiples = sequenceQuery(map, { ...ANIMATION, kind: 'multiples', step: 'week' }, 'pdf');
    expect(multiples.get('small-multiples')).toBe('true');
    expect(multiples.has('fps')).toBe(false);
  });
});
