// Mutant: forgets to sort and sweeps the intervals in input order, so unsorted input is merged
// wrongly and the result is not sorted: [[8, 10], [1, 3], [2, 6]] gives [[8, 10], [1, 6]].
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const merged: [number, number][] = [];
  for (const [start, end] of intervals) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1] && end >= last[0]) {
      last[0] = Math.min(last[0], start);
      last[1] = Math.max(last[1], end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
