// Mutant: sets the end to the next interval's end instead of the larger of the two, so an
// interval nested inside the current one cuts it short: [[1, 10], [2, 3]] gives [[1, 3]].
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of byStart) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = end;
    else merged.push([start, end]);
  }
  return merged;
}
