/** How a failure names a test's input: kind and size, never a 100 000-element dump. */
import { describe, expect, it } from 'vitest';
import { describeArgument } from './client.ts';

describe('describeArgument', () => {
  it('names big values by kind and size and short ones as they are', () => {
    expect(describeArgument('(()')).toBe('"(()"');
    expect(describeArgument('('.repeat(100_000))).toBe('a string of 100 000 characters');
    expect(describeArgument(Array.from({ length: 131_072 }, (_, i) => i))).toBe('an array of 131 072 items');
    expect(describeArgument([[1, 2], [3]])).toBe('an array of 2 arrays');
    expect(describeArgument(new Int32Array(5))).toBe('a typed array (Int32Array) of 5 items');
    expect(describeArgument(new Map([[1, 2]]))).toBe('a Map of 1 entry');
    expect(describeArgument(new Set([1, 2]))).toBe('a Set of 2 entries');
    expect(describeArgument({ n: 3, edges: [] })).toBe('an object with n, edges');
    expect(describeArgument(42)).toBe('42');
  });
});
