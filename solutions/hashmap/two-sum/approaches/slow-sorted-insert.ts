/**
 * slow: keeps the values seen so far in a sorted array, binary-searches it for each complement and inserts every new value with splice.
 * Time: O(n log n) comparisons, but each splice shifts the tail of the array, so O(n²) element moves in all (small constant: a memmove); n = nums.length.
 * exposed by: an input with no answer and n distinct values, worst when they arrive in descending order (every insert lands at the front).
 */
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  // values[] is sorted ascending; firstIndex[p] is where values[p] was first seen.
  const values: number[] = [];
  const firstIndex: number[] = [];

  const lowerBound = (x: number): number => {
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  for (let j = 0; j < nums.length; j++) {
    const value = nums[j]!;
    const want = target - value;
    const at = lowerBound(want);
    if (at < values.length && values[at] === want) return [firstIndex[at]!, j];
    const slot = lowerBound(value);
    if (slot < values.length && values[slot] === value) continue; // keep the earliest index
    // The cost hides here: both splices move every element after `slot`.
    values.splice(slot, 0, value);
    firstIndex.splice(slot, 0, j);
  }
  return null;
}
