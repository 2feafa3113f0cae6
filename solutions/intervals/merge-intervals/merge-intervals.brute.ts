/**
 * Brute force: look at every pair of intervals; whenever two share a point, replace them by
 * their union and look again; stop when no pair shares a point, then sort. Correct, and the
 * first idea many people state, but every search over pairs is O(n²): even when nothing
 * merges it compares all n²/2 pairs once, and each merge can trigger another full search.
 */
export function mergeIntervals(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const list: [number, number][] = intervals.map(([start, end]) => [start, end]);
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (a[0] <= b[1] && b[0] <= a[1]) {
          a[0] = Math.min(a[0], b[0]);
          a[1] = Math.max(a[1], b[1]);
          list.splice(j, 1);
          merged = true;
          j--; // the interval now at j has not been compared with the grown a yet
        }
      }
    }
  }
  return list.sort((x, y) => x[0] - y[0]);
}
