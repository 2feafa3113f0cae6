// Mutant: sorts a copy of every window with `.sort()` and no comparator and takes the last
// element, but that sort compares the numbers as strings: `[10, 9]` with k = 2 gives `[9]`.
export function slidingWindowMax(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) throw new RangeError(`bad k: ${k}`);
  const result: number[] = [];
  for (let start = 0; start + k <= nums.length; start++) {
    const window = nums.slice(start, start + k).sort();
    result.push(window[window.length - 1]!);
  }
  return result;
}
