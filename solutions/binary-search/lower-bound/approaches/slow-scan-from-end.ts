/**
 * slow: a linear scan from the right end, stepping left while the previous value is still >= the target.
 * time: O(n - answer) per lookup: the bench's targets lie in the last 2% of the array or above it, so each lookup reads about n/100 values on average, still O(n) per lookup; a target at or below the first value reads all n.
 * exposed by: small targets (at or below sorted[0]) or any answer near the start, where it reads the whole array; the bench's targets, all near the end, hide about 99% of the cost.
 *
 * "The answers are usually near the end, so start from there" is a real optimisation people make
 * for append-mostly data (logs, time series). It is still linear, just with a constant that
 * depends on where the answer lies; the bench happens to pick the end.
 */
export function lowerBound(sorted: readonly number[], target: number): number {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1]! >= target) i--;
  return i;
}
