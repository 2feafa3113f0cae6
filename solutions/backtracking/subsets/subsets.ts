/**
 * Reference: iterative doubling.
 *
 * Invariant: after processing nums[0..i-1], `result` holds every subset of those i values, each
 * once and in input order. The subsets of nums[0..i] are those same subsets plus each of them
 * with nums[i] appended at the end, so input order is kept and nothing is produced twice.
 *
 * Complexity: 2ⁿ subsets, each built by copying a parent of length < n: O(n·2ⁿ) time, and the
 * same for the output itself. No recursion, so no depth concerns.
 */
export function subsets(nums: readonly number[]): number[][] {
  const result: number[][] = [[]];
  for (const value of nums) {
    const count = result.length;
    for (let k = 0; k < count; k++) {
      const extended = result[k]!.slice();
      extended.push(value);
      result.push(extended);
    }
  }
  return result;
}
