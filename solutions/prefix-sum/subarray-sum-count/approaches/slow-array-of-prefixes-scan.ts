/**
 * slow: the prefix-sum idea with an array where a map belongs: every prefix sum seen is pushed to a plain array, and each new prefix scans the whole array counting the entries equal to P - k.
 * time: O(n²) on every input (the j-th step scans j + 1 earlier prefixes).
 * exposed by: any long input (the bench's already shows it).
 *
 * The key insight (a subarray summing to k is a pair of prefix sums differing by k) is there; the
 * lookup structure is not. Counting matches with a loop over an array is the same O(n²) as the
 * brute force, just with a different inner loop.
 */
export function subarraySumCount(nums: readonly number[], k: number): number {
  const seen: number[] = [0];
  let prefix = 0;
  let count = 0;
  for (const value of nums) {
    prefix += value;
    const want = prefix - k;
    for (const p of seen) if (p === want) count++;
    seen.push(prefix);
  }
  return count;
}
