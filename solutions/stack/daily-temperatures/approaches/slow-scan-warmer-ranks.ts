/**
 * slow: rank the distinct temperatures, then from the last day back, check every warmer rank's most recent day.
 * Time: O(n log n + n·d), d = number of distinct temperatures, O(n²) in the worst case,
 * n = temps.length; fine when temperatures take few values (the classic 30..100 whole degrees).
 * exposed by: many distinct temperatures, e.g. falling fractional temperatures (the bench's own
 *   input): each day scans every rank warmer than it.
 *
 * The well-known "next occurrence of each temperature" solution, with the fixed 30..100 range
 * generalised to ranks of the values actually present. `soonest[r]` is the nearest day seen so
 * far (to the right) whose temperature has rank r; the answer for a day is the smallest of them
 * over all warmer ranks, so the work per day grows with the number of distinct temperatures.
 */
export function daysUntilWarmer(temps: readonly number[]): number[] {
  const n = temps.length;
  const distinct = [...new Set(temps)].sort((a, b) => a - b);
  const rank = new Map<number, number>();
  distinct.forEach((t, r) => rank.set(t, r));
  const soonest = new Array<number>(distinct.length).fill(Infinity);
  const result = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    const r = rank.get(temps[i]!)!;
    let best = Infinity;
    for (let w = r + 1; w < distinct.length; w++) if (soonest[w]! < best) best = soonest[w]!;
    if (best !== Infinity) result[i] = best - i;
    soonest[r] = i;
  }
  return result;
}
