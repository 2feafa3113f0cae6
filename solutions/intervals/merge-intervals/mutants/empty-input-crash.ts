// Mutant: starts the sweep from the first interval without checking that there is one, so an
// empty list throws a TypeError.
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const byStart = [...intervals].sort((a, b) => a[0] - b[0]);
  let [curStart, curEnd] = byStart[0]!;
  const merged: [number, number][] = [];
  for (const [start, end] of byStart.slice(1)) {
    if (start <= curEnd) {
      curEnd = Math.max(curEnd, end);
    } else {
      merged.push([curStart, curEnd]);
      [curStart, curEnd] = [start, end];
    }
  }
  merged.push([curStart, curEnd]);
  return merged;
}
