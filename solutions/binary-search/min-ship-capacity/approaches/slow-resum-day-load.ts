/**
 * slow: binary search on the capacity (correct bounds), but the feasibility check re-adds the current day's packages from the day's first package every time it considers one more package.
 * time: O(Σ Lᵢ²) per check for days of lengths Lᵢ, so O(n²) per check when a day holds most packages; with the bench's days = 1, the checks near the total put all n packages on one day: O(n² log(sum)) in total.
 * exposed by: few days (long loads per day), e.g. days = 1 or 2 on any weights (the bench's input already shows it).
 *
 * "Recomputing per step what could be kept": the day's load is a running sum, but here it is
 * re-derived with `slice(...).reduce(...)` for each candidate package. The binary search around it
 * is the right algorithm, which makes the quadratic check easy to miss in review.
 */
export function minShipCapacity(weights: readonly number[], days: number): number {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}.`);
  let lo = 0;
  let hi = 0;
  for (const w of weights) {
    lo = Math.max(lo, w);
    hi += w;
  }
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (daysNeeded(weights, mid) <= days) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Days greedy loading needs at `capacity` (at least the heaviest weight). */
function daysNeeded(weights: readonly number[], capacity: number): number {
  let used = 0;
  let start = 0;
  while (start < weights.length) {
    used++;
    let end = start + 1; // the day's load is weights[start..end), at least one package
    while (end < weights.length && weights.slice(start, end + 1).reduce((a, b) => a + b, 0) <= capacity) end++;
    start = end;
  }
  return used;
}
