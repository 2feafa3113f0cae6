/**
 * optimal: quickselect with a random pivot and a three-way (Dutch flag) partition moves the k largest to the front of a copy, then only those k are sorted.
 * time: O(n) expected for the selection plus O(k log k) for the sort; with the bench's k = n/4, O(n log n).
 *
 * Selection instead of a heap. The random pivot makes a bad split unlikely on any input order, and
 * the three-way partition (greater | equal | smaller) stops equal values from degrading it: a run
 * of duplicates is settled in one pass. Once the front holds the k largest (in any order), sorting
 * just those is cheaper than keeping them ordered all along.
 */
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  const size = Math.min(k, nums.length);
  if (size === 0) return [];
  const a = nums.slice();
  let lo = 0;
  let hi = a.length; // the boundary between the size largest and the rest lies in [lo, hi]
  while (hi - lo > 1 && lo < size && size < hi) {
    const pivot = a[lo + Math.floor(Math.random() * (hi - lo))]!;
    // Invariant: a[lo..gt) > pivot, a[gt..i) == pivot, a[lt..hi) < pivot.
    let gt = lo;
    let i = lo;
    let lt = hi;
    while (i < lt) {
      const v = a[i]!;
      if (v > pivot) {
        a[i] = a[gt]!;
        a[gt] = v;
        gt++;
        i++;
      } else if (v < pivot) {
        lt--;
        a[i] = a[lt]!;
        a[lt] = v;
      } else {
        i++;
      }
    }
    if (size <= gt) hi = gt;
    else if (size >= lt) lo = lt;
    else break; // the cut falls inside the run of values equal to the pivot
  }
  const top = a.slice(0, size);
  top.sort((x, y) => y - x);
  return top;
}
