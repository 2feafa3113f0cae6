import { describe, expect, it } from 'vitest';
import { fc, it as prop } from '#kit/testing';
import { logLogSlope, median, theilSen } from './stats.ts';

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('refuses an empty list with a RangeError that says what it got', () => {
    expect(() => median([])).toThrow(/at least one value/);
  });
});

describe('theilSen', () => {
  prop.prop([fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -10, max: 10, noNaN: true })])(
    'recovers the slope and intercept of an exact line',
    (slope, intercept) => {
      const xs = [1, 2, 3, 4, 5, 6, 7];
      const fit = theilSen(xs, xs.map((x) => intercept + slope * x));
      expect(fit.slope).toBeCloseTo(slope, 9);
      expect(fit.intercept).toBeCloseTo(intercept, 9);
      expect(fit.low).toBeLessThanOrEqual(fit.slope);
      expect(fit.high).toBeGreaterThanOrEqual(fit.slope);
    },
  );
  it('ignores one wild outlier among seven points', () => {
    const xs = [0, 1, 2, 3, 4, 5, 6];
    const ys = xs.map((x) => 2 * x);
    ys[3] = 1000;
    expect(theilSen(xs, ys).slope).toBeCloseTo(2, 9);
  });
  it('widens its confidence interval when the points scatter', () => {
    const xs = [0, 1, 2, 3, 4, 5, 6];
    const tight = theilSen(xs, xs.map((x) => x));
    const loose = theilSen(xs, xs.map((x, i) => x + (i % 2 ? 0.8 : -0.8)));
    expect(loose.high - loose.low).toBeGreaterThan(tight.high - tight.low);
  });
  it('reads the polynomial degree on log-log axes', () => {
    const ns = [64, 128, 256, 512, 1024];
    expect(logLogSlope(ns, ns.map((n) => 3 * n * n)).slope).toBeCloseTo(2, 9);
  });
});
