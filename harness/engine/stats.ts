/** Robust statistics the verdict rests on. Pure functions, unit-tested on synthetic data. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('Expected at least one value to take the median of, got none.');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface SlopeEstimate {
  /** Theil–Sen slope: the median of the slopes between every pair of points. */
  slope: number;
  /** Sen's distribution-free confidence bounds on the slope (about 90 % two-sided). */
  low: number;
  high: number;
  intercept: number;
}

/** z for a two-sided 90 % interval: the regression rule uses the one-sided 95 % lower bound. */
const Z = 1.645;

/**
 * Theil–Sen estimate of y = a + b·x with Sen's confidence interval (Kendall's tau variance).
 * Robust to a minority of outliers, which CPU-time samples on a shared machine do have.
 */
export function theilSen(xs: readonly number[], ys: readonly number[]): SlopeEstimate {
  if (xs.length !== ys.length || xs.length < 2) {
    throw new RangeError(`Expected two equal-length series of at least 2 points, got ${xs.length} and ${ys.length}.`);
  }
  const slopes: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    for (let j = i + 1; j < xs.length; j++) {
      if (xs[j] !== xs[i]) slopes.push((ys[j]! - ys[i]!) / (xs[j]! - xs[i]!));
    }
  }
  slopes.sort((a, b) => a - b);
  const slope = median(slopes);
  const n = xs.length;
  const c = Z * Math.sqrt((n * (n - 1) * (2 * n + 5)) / 18);
  const count = slopes.length;
  const lowIndex = Math.max(0, Math.floor((count - c) / 2));
  const highIndex = Math.min(count - 1, Math.ceil((count + c) / 2));
  const intercept = median(xs.map((x, i) => ys[i]! - slope * x));
  return { slope, low: slopes[lowIndex]!, high: slopes[highIndex]!, intercept };
}

/** Slope of log(y) against log(x): the polynomial degree of y in x. */
export function logLogSlope(ns: readonly number[], times: readonly number[]): SlopeEstimate {
  return theilSen(ns.map(Math.log), times.map(Math.log));
}
