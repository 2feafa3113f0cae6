/**
 * Growth buckets. Timing separates polynomial degrees reliably but cannot tell n from n log n or
 * 1 from log n (design.md), so a verdict is only ever about buckets; labels inside a bucket are
 * advisory. Slopes between buckets are "gaps": re-measured, then reported inconclusive.
 */
import type { ComplexityClass } from '../../kit/index.ts';

export type Bucket = 'sublinear' | 'linear' | 'quadratic' | 'cubic' | 'super-polynomial';

/** Log-log slope ranges of each polynomial bucket (design.md, measured on these machines). */
export const BUCKET_EDGES = {
  sublinear: [-Infinity, 0.35],
  linear: [0.75, 1.45],
  quadratic: [1.7, 2.4],
  cubic: [2.6, 3.5],
} as const satisfies Record<Exclude<Bucket, 'super-polynomial'>, readonly [number, number]>;

/** Above this log-log slope a doubling-size series is treated as super-polynomial. */
export const SUPER_POLYNOMIAL_SLOPE = 4.5;

export function bucketOfSlope(slope: number): Bucket | 'gap' {
  for (const [bucket, [low, high]] of Object.entries(BUCKET_EDGES)) {
    if (slope >= low && slope <= high) return bucket as Bucket;
  }
  if (slope >= SUPER_POLYNOMIAL_SLOPE) return 'super-polynomial';
  return 'gap';
}

export function bucketOfClass(target: ComplexityClass): Bucket {
  switch (target) {
    case '1':
    case 'log n':
      return 'sublinear';
    case 'n':
    case 'n log n':
      return 'linear';
    case 'n^2':
    case 'n^2 log n':
      return 'quadratic';
    case 'n^3':
      return 'cubic';
    case 'exponential':
      return 'super-polynomial';
  }
}

/** "O(n²)"-style label for a measured slope; inside a bucket it is only advisory. */
export function labelOfSlope(slope: number): string {
  const bucket = bucketOfSlope(slope);
  switch (bucket) {
    case 'sublinear':
      return slope < 0.15 ? 'O(1)' : 'O(log n)';
    case 'linear':
      return slope < 1.15 ? 'O(n)' : 'O(n log n)';
    case 'quadratic':
      return 'O(n²)';
    case 'cubic':
      return 'O(n³)';
    case 'super-polynomial':
      return 'faster than any polynomial (exponential?)';
    case 'gap':
      return `about O(n^${slope.toFixed(1)})`;
  }
}

export function labelOfClass(target: ComplexityClass): string {
  return target === 'exponential' ? 'exponential' : `O(${target.replace('^2', '²').replace('^3', '³')})`;
}
