/**
 * slow: slides a running sum, but every time a window beats the best so far it saves a copy of that window and sums the saved copy at the end.
 * Time: O(n + k·r) for r improvements of the best: about O(n·√n) on random values (a random walk sets O(√n) records), O(n·k) = O(n²) when every window beats the last; n = nums.length.
 * exposed by: increasing values (e.g. nums[i] = i), where all n − k + 1 windows are new records; the bench's random values set few records.
 */
export function maxSumWindow(nums: readonly number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be an integer in [1, ${nums.length}], got ${k}.`);
  }
  let sum = 0;
  for (let i = 0; i < k; i++) sum += nums[i]!;
  let bestSum = sum;
  let bestWindow = nums.slice(0, k); // kept "for the answer": the costly habit
  for (let end = k; end < nums.length; end++) {
    sum = sum + nums[end]! - nums[end - k]!; // a subarray sum at every step, so exact
    if (sum > bestSum) {
      bestSum = sum;
      bestWindow = nums.slice(end - k + 1, end + 1); // O(k) per new record
    }
  }
  let total = 0;
  for (const value of bestWindow) total += value;
  return total;
}
