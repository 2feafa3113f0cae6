import { describe, expect, it } from 'vitest';
import { bucketOfClass, bucketOfSlope, labelOfSlope } from './buckets.ts';

describe('bucketOfSlope pins the bucket edges of design.md', () => {
  it.each([
    [0, 'sublinear'], [0.35, 'sublinear'], [0.36, 'gap'], [0.74, 'gap'],
    [0.75, 'linear'], [1.1, 'linear'], [1.45, 'linear'], [1.46, 'gap'], [1.69, 'gap'],
    [1.7, 'quadratic'], [2.4, 'quadratic'], [2.5, 'gap'], [2.6, 'cubic'], [3.5, 'cubic'],
    [3.6, 'gap'], [4.5, 'super-polynomial'], [9, 'super-polynomial'],
  ] as const)('slope %d is %s', (slope, bucket) => {
    expect(bucketOfSlope(slope)).toBe(bucket);
  });
});

describe('classes and labels', () => {
  it('puts n and n log n in one bucket, and 1 and log n in another: timing cannot tell them apart', () => {
    expect(bucketOfClass('n')).toBe(bucketOfClass('n log n'));
    expect(bucketOfClass('1')).toBe(bucketOfClass('log n'));
    expect(bucketOfClass('n')).not.toBe(bucketOfClass('n^2'));
  });
  it('labels a slope with the class it most resembles', () => {
    expect(labelOfSlope(1.02)).toBe('O(n)');
    expect(labelOfSlope(2.05)).toBe('O(n²)');
    expect(labelOfSlope(1.6)).toMatch(/about O\(n\^1\.6\)/);
  });
});
