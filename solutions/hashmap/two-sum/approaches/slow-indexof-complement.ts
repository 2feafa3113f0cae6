/**
 * slow: for each position asks the array itself, with indexOf, where the complement occurs after it.
 * Time: O(n²) when there is no answer (every indexOf scans the rest of the array), though the scan is native and fast per element; n = nums.length.
 * exposed by: any input with no answer, or whose only pair sits at the end.
 */
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  for (let i = 0; i < nums.length; i++) {
    // Searching only after i means an element is never paired with itself and i < j holds.
    const j = nums.indexOf(target - nums[i]!, i + 1);
    if (j !== -1) return [i, j];
  }
  return null;
}
