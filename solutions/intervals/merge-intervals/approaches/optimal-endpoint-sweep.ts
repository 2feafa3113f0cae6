/**
 * optimal: sorts all starts and all ends separately, then sweeps both in order keeping the number of open intervals; a merged interval opens when that number leaves 0 and closes when it returns to 0.
 * Time: O(n log n) for the two sorts, O(n) for the sweep; n = intervals.length.
 *
 * Which end belongs to which start does not matter: a point is covered exactly when more starts
 * than ends lie at or before it. At equal coordinates starts are taken before ends, so closed
 * intervals that only touch stay open across the shared point and merge.
 */
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const starts = Float64Array.from(intervals, (iv) => iv[0]).sort();
  const ends = Float64Array.from(intervals, (iv) => iv[1]).sort();
  const merged: [number, number][] = [];
  let open = 0;
  let openedAt = 0;
  let i = 0;
  let j = 0;
  while (j < ends.length) {
    if (i < starts.length && starts[i]! <= ends[j]!) {
      if (open === 0) openedAt = starts[i]!;
      open++;
      i++;
    } else {
      open--;
      if (open === 0) merged.push([openedAt, ends[j]!]);
      j++;
    }
  }
  return merged;
}
