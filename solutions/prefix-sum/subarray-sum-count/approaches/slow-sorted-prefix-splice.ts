/**
 * slow: keeps the prefix sums seen so far in a sorted array; for each new prefix P it counts the earlier ones equal to P - k with two binary searches (first and last position), then inserts P with a binary search and `splice`.
 * time: O(n log n) comparisons but O(n) element moves per insertion: O(n²) in total, with the tiny constant of a memmove.
 * exposed by: long inputs whose prefix sums keep setting new lows, e.g. all values negative (each new prefix is inserted at index 0 and shifts every earlier one); the bench's random walk shifts about half the array each time.
 *
 * The "no hash map allowed" version of counting prefix sums: a sorted list supports the count by
 * two binary searches. The insertion is what breaks it, since a sorted array has no O(log n)
 * insert. A balanced tree or a hash map would fix it; the quadratic term only shows at large n.
 */
export function subarraySumCount(nums: readonly number[], k: number): number {
  const seen: number[] = [0]; // sorted prefix sums P(0), …, P(j)
  let prefix = 0;
  let count = 0;
  for (const value of nums) {
    prefix += value;
    const want = prefix - k;
    count += firstAbove(seen, want) - firstAtLeast(seen, want);
    seen.splice(firstAbove(seen, prefix), 0, prefix); // O(n) shift
  }
  return count;
}

function firstAtLeast(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function firstAbove(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
