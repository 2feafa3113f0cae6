/**
 * optimal: counts with a Map, drops each value into a bucket indexed by its count, then reads the buckets from the highest count down, sorting each bucket by value.
 * Time: O(n) to count and bucket, Σ O(b log b) to sort buckets of sizes b summing to d <= n: O(n log n) in all; n = nums.length.
 *
 * No comparison across counts is ever made: a count is at most n, so the bucket index orders
 * counts for free, and only ties (values inside one bucket) need a sort. Reading stops once k
 * values are taken.
 */
export function topKFrequent(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  const counts = new Map<number, number>();
  for (const value of nums) counts.set(value, (counts.get(value) ?? 0) + 1);

  let highest = 0;
  for (const count of counts.values()) if (count > highest) highest = count;
  const buckets: number[][] = Array.from({ length: highest + 1 }, () => []);
  for (const [value, count] of counts) buckets[count]!.push(value);

  const result: number[] = [];
  for (let count = highest; count >= 1 && result.length < k; count--) {
    const bucket = buckets[count]!;
    if (bucket.length === 0) continue;
    bucket.sort((x, y) => x - y);
    for (let i = 0; i < bucket.length && result.length < k; i++) result.push(bucket[i]!);
  }
  return result;
}
