// Mutant: starts a new day when the load would REACH the capacity (`>=`), so a day can never be
// filled exactly and the capacity comes out too large.
export function minShipCapacity(weights: readonly number[], days: number): number {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('bad days');
  let lo = 0;
  let hi = 0;
  for (const w of weights) {
    lo = Math.max(lo, w);
    hi += w;
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let used = 1;
    let load = 0;
    for (const w of weights) {
      if (load > 0 && load + w >= mid) {
        used++;
        load = 0;
      }
      load += w;
    }
    if (used <= days) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
