// Mutant: sorts a copy of the pairs with the default `.sort()`, which compares them as text
// ("10,12" before "2,3" before "9,11"), then sweeps: [[10, 12], [2, 3], [9, 11]] gives
// [[10, 12]] instead of [[2, 3], [9, 12]].
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const byStart = [...intervals].sort();
  const merged: [number, number][] = [];
  for (const [start, end] of byStart) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
