/**
 * Brute force: for every index, scan to the right until a strictly greater value appears.
 * Correct, and the answer to state first, but O(n²): on a descending array no scan ever stops
 * early, so it takes n(n-1)/2 comparisons.
 */
export function nextGreater(nums: readonly number[]): number[] {
  const result: number[] = [];
  for (let i = 0; i < nums.length; i++) {
    let answer = -1;
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[j]! > nums[i]!) {
        answer = nums[j]!;
        break;
      }
    }
    result.push(answer);
  }
  return result;
}
