// Mutant: sorts the caller's array in place (and reuses its pairs), which is forbidden for a
// read-only input and throws on a frozen one.
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const byStart = (intervals as [number, number][]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of byStart) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
