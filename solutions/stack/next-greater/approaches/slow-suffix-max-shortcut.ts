/**
 * slow: scan right from every index, but first skip indices that are at least the maximum of everything to their right.
 * Time: O(n²) in the worst case, n = nums.length; O(n) when every index either is a suffix
 * maximum or finds its answer a few steps away.
 * exposed by: strictly descending values followed by one value larger than all of them at the
 *   end, e.g. [n, n-1, …, 1, n+1]: no index is a suffix maximum and every scan runs to the end.
 *
 * The suffix maximum answers "is there any greater value to my right at all?" in O(1), which
 * removes the long fruitless scans of a plain descending array (the bench's input). But an
 * answer that exists far away still costs a scan as long as the distance to it.
 */
export function nextGreater(nums: readonly number[]): number[] {
  const n = nums.length;
  // rightMax[i] = largest value in nums[i+1..], or -1 when there is none.
  const rightMax = new Array<number>(n);
  let best = -1;
  for (let i = n - 1; i >= 0; i--) {
    rightMax[i] = best;
    if (nums[i]! > best) best = nums[i]!;
  }
  const result = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const value = nums[i]!;
    if (rightMax[i]! <= value) {
      result[i] = -1; // nothing greater anywhere to the right
      continue;
    }
    let j = i + 1;
    while (nums[j]! <= value) j++; // stops: a greater value exists
    result[i] = nums[j]!;
  }
  return result;
}
