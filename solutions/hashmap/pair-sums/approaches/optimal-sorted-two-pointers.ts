/**
 * optimal: sorts a numeric copy of the amounts and walks two pointers inward from both ends, skipping runs of equal values.
 * Time: O(n log n) for the sort, O(n) for the walk; n = amounts.length.
 *
 * Invariant: every pair using a value left of `lo` or right of `hi` has been reported. When the
 * ends sum to the target, that value pair is reported once and both runs of equal values are
 * skipped; an `a === b` pair is only seen with lo < hi, i.e. from two different positions. The
 * left pointer only moves right, so pairs come out sorted by `a`.
 */
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  // A typed copy sorts numerically without a comparator and leaves the input untouched;
  // safe integers are exact in a Float64Array.
  const sorted = Float64Array.from(amounts).sort();
  const pairs: [number, number][] = [];
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const a = sorted[lo]!;
    const b = sorted[hi]!;
    const sum = a + b;
    if (sum < target) lo++;
    else if (sum > target) hi--;
    else {
      pairs.push([a + 0, b + 0]); // + 0 turns a -0 into 0, as a Map key would
      while (lo < hi && sorted[lo] === a) lo++;
      while (hi >= lo && sorted[hi] === b) hi--;
    }
  }
  return pairs;
}
