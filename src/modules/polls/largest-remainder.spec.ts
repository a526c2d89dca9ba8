import fc from 'fast-check';
import { percentagesByLargestRemainder } from './largest-remainder.js';

describe('percentagesByLargestRemainder', () => {
  it.each<[number[], number[]]>([
    [
      [1, 1, 1],
      [34, 33, 33],
    ],
    [
      [1, 1],
      [50, 50],
    ],
    [
      [1, 2],
      [33, 67],
    ],
    [
      [2, 1],
      [67, 33],
    ],
    [
      [1, 1, 1, 1, 1, 1],
      [17, 17, 17, 17, 16, 16],
    ],
    [
      [5, 0, 0],
      [100, 0, 0],
    ],
    [
      [0, 7],
      [0, 100],
    ],
    [
      [1, 1, 1, 0],
      [34, 33, 33, 0],
    ],
    [
      [10, 20, 30, 40],
      [10, 20, 30, 40],
    ],
    [
      [1, 1, 1, 1, 1, 1, 1],
      [15, 15, 14, 14, 14, 14, 14],
    ],
    [
      [3, 3, 1],
      [43, 43, 14],
    ],
    [
      [2, 2, 2, 1],
      [29, 29, 28, 14],
    ],
    // 99.80 / 0.0998 / 0.0998: the leftover point goes to the largest remainder, so
    // options with a handful of votes can legitimately show 0 %.
    [
      [1000, 1, 1],
      [100, 0, 0],
    ],
  ])('%j → %j', (votes, expected) => {
    expect(percentagesByLargestRemainder(votes)).toEqual(expected);
  });

  it('gives the leftover point to the larger remainder, not to the earlier option', () => {
    // Exact shares 12.5 / 37.5 / 50 → floors 12 / 37 / 50, one tie at .5 → earlier wins.
    expect(percentagesByLargestRemainder([1, 3, 4])).toEqual([13, 37, 50]);
    // Exact shares 16.67 / 33.33 / 50 → remainders .67 > .33, so the first option gets the point.
    expect(percentagesByLargestRemainder([1, 2, 3])).toEqual([17, 33, 50]);
  });

  it('returns all zeros when nobody voted', () => {
    expect(percentagesByLargestRemainder([0, 0, 0])).toEqual([0, 0, 0]);
    expect(percentagesByLargestRemainder([])).toEqual([]);
  });

  it('rejects negative, fractional or non-finite counts', () => {
    expect(() => percentagesByLargestRemainder([1, -1])).toThrow(RangeError);
    expect(() => percentagesByLargestRemainder([1.5])).toThrow(RangeError);
    expect(() => percentagesByLargestRemainder([Number.NaN])).toThrow(RangeError);
    expect(() => percentagesByLargestRemainder([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  const voteLists = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 20 });

  it('property: sums to exactly 100 whenever someone voted', () => {
    fc.assert(
      fc.property(voteLists, (votes) => {
        fc.pre(votes.some((count) => count > 0));
        const percents = percentagesByLargestRemainder(votes);
        expect(percents.reduce((sum, p) => sum + p, 0)).toBe(100);
      }),
    );
  });

  it('property: each percentage is within 1 of its exact share', () => {
    fc.assert(
      fc.property(voteLists, (votes) => {
        const total = votes.reduce((sum, count) => sum + count, 0);
        fc.pre(total > 0);
        percentagesByLargestRemainder(votes).forEach((percent, i) => {
          expect(Math.abs(percent - (100 * votes[i]!) / total)).toBeLessThan(1);
        });
      }),
    );
  });

  it('property: options without votes get 0 and results are whole numbers', () => {
    fc.assert(
      fc.property(voteLists, (votes) => {
        const percents = percentagesByLargestRemainder(votes);
        expect(percents).toHaveLength(votes.length);
        percents.forEach((percent, i) => {
          expect(Number.isInteger(percent)).toBe(true);
          if (votes[i] === 0) expect(percent).toBe(0);
        });
      }),
    );
  });

  it('property: all zeros when the total is 0', () => {
    fc.assert(
      fc.property(fc.nat({ max: 20 }), (length) => {
        expect(percentagesByLargestRemainder(Array(length).fill(0))).toEqual(Array(length).fill(0));
      }),
    );
  });
});
