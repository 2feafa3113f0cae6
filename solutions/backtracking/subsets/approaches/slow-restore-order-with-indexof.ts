/**
 * slow: builds subsets in an arbitrary order, then sorts each one back into input order with an `indexOf` comparator.
 * known miss: a polynomial factor (n² log n per subset) on an exponential target: the ratio grows ~1.2× per step of n, under the linear-size rule, and every input of a length costs the same
 * Time O(2ⁿ·n² log n), n = nums.length: each of the 2ⁿ subsets (average size n/2) is sorted with
 * O(k log k) comparisons, and every comparison runs two O(n) `indexOf` scans of `nums`.
 * exposed by: long inputs (the extra n·log n factor per subset; it is the same on every input of a given length).
 *
 * Subsets are grown by prepending, so each one comes out reversed; instead of building them in
 * the right order (or reversing), the position of every value is looked up again at each comparison.
 */
export function subsets(nums: readonly number[]): number[][] {
  let all: number[][] = [[]];
  for (const value of nums) {
    const withValue = all.map((s) => [value, ...s]);
    all = all.concat(withValue);
  }
  for (const s of all) s.sort((x, y) => nums.indexOf(x) - nums.indexOf(y));
  return all;
}
