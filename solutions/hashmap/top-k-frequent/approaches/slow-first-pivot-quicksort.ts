/**
 * slow: counts with a Map, then ranks the distinct values with a hand-written quicksort that always partitions around the first entry.
 * Time: O(n) to count, then O(d log d) expected on shuffled values but O(d²) when the distinct values arrive already in rank order; n = nums.length, d distinct values.
 * exposed by: distinct values already sorted ascending (e.g. nums = 0, 1, …, n−1: every count is 1, so first-appearance order is rank order) — every partition peels off one entry; the bench's random order hides it.
 */
export function topKFrequent(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  const counts = new Map<number, number>();
  for (const value of nums) counts.set(value, (counts.get(value) ?? 0) + 1);

  const entries = [...counts]; // first-appearance order
  // x ranks before y: more frequent, or equally frequent and smaller. A strict total order on distinct values.
  const before = (x: [number, number], y: [number, number]) => x[1] > y[1] || (x[1] === y[1] && x[0] < y[0]);

  // Lomuto partition around entries[lo], ranges on an explicit stack (no deep recursion).
  const ranges: number[] = [0, entries.length - 1];
  while (ranges.length > 0) {
    const hi = ranges.pop()!;
    const lo = ranges.pop()!;
    if (lo >= hi) continue;
    const pivot = entries[lo]!;
    let store = lo;
    for (let i = lo + 1; i <= hi; i++) {
      if (before(entries[i]!, pivot)) {
        store++;
        [entries[store], entries[i]] = [entries[i]!, entries[store]!];
      }
    }
    [entries[lo], entries[store]] = [entries[store]!, entries[lo]!];
    ranges.push(lo, store - 1, store + 1, hi);
  }
  return entries.slice(0, k).map(([value]) => value);
}
