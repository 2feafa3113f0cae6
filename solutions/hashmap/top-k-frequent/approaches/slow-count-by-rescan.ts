/**
 * slow: counts each distinct value by scanning the rest of the array from its first occurrence, then sorts the counted values by rank.
 * Time: O(n·d) for the counting (d distinct values, each scanning up to n elements), plus O(d log d); with mostly distinct values that is O(n²); n = nums.length.
 * exposed by: many distinct values (the bench's values are about 0.8·n distinct).
 */
export function topKFrequent(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  const counted = new Set<number>();
  const tallies: [number, number][] = [];
  for (let i = 0; i < nums.length; i++) {
    const value = nums[i]!;
    if (counted.has(value)) continue;
    counted.add(value);
    // Every later position is looked at again for each new value: the quadratic part.
    let count = 0;
    for (let j = i; j < nums.length; j++) if (nums[j] === value) count++;
    tallies.push([value, count]);
  }
  tallies.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
  return tallies.slice(0, k).map(([value]) => value);
}
