// Mutant: merges only when the next start is strictly before the current end, so closed
// intervals that share an endpoint stay separate: [[1, 4], [4, 5]] is returned unmerged.
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of byStart) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
