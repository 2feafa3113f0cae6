/**
 * slow: handle days from the warmest down, keeping the days already handled (all warmer) in a sorted array searched by binary search and grown with `splice`.
 * Time: O(n log n) for the sort and searches plus O(Σ insert shifts): O(n log n) when warmer
 * days come first in time (each insertion lands at the end), O(n²) when they come last (each
 * insertion shifts the whole array); n = temps.length.
 * exposed by: rising temperatures, where each day (taken warmest first) is inserted at the front
 *   of the sorted array; the bench's falling temperatures append at the end.
 *
 * The "offline" idea: when a day is handled, the sorted array holds exactly the strictly warmer
 * days (equal temperatures are handled as a group, queried before any of them is inserted), so
 * its answer is the first of them after it, found by binary search. A balanced tree would make
 * the insertion O(log n); an array's `splice` moves everything after the insertion point.
 */
export function daysUntilWarmer(temps: readonly number[]): number[] {
  const n = temps.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => temps[b]! - temps[a]!);
  const warmer: number[] = []; // day indices, ascending
  const result = new Array<number>(n).fill(0);
  /** First position in `warmer` holding a day after `day`. */
  const after = (day: number): number => {
    let lo = 0;
    let hi = warmer.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (warmer[mid]! <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (let start = 0; start < n; ) {
    let end = start;
    while (end < n && temps[order[end]!] === temps[order[start]!]) end++;
    for (let k = start; k < end; k++) {
      const day = order[k]!;
      const p = after(day);
      if (p < warmer.length) result[day] = warmer[p]! - day;
    }
    for (let k = start; k < end; k++) {
      const day = order[k]!;
      warmer.splice(after(day), 0, day);
    }
    start = end;
  }
  return result;
}
