// Mutant: bucket sort by count, but the bucket loop stops at count 1 exclusive (`c > 1`), so
// values that occur once are never returned (`[7, 8]` with k = 5 gives []).
export function topKFrequent(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`bad k: ${k}`);
  const counts = new Map<number, number>();
  for (const value of nums) counts.set(value, (counts.get(value) ?? 0) + 1);
  const buckets: number[][] = Array.from({ length: nums.length + 1 }, () => []);
  for (const [value, count] of counts) buckets[count]!.push(value);
  const result: number[] = [];
  for (let c = nums.length; c > 1 && result.length < k; c--) {
    for (const value of buckets[c]!.sort((a, b) => a - b)) {
      if (result.length === k) break;
      result.push(value);
    }
  }
  return result;
}
