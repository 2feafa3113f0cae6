// Mutant: counts days from 0 and only when a day overflows, so the last (partly loaded) day is
// never counted and the capacity comes out too small.
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
    let used = 0;
    let load = 0;
    for (const w of weights) {
      if (load + w > mid) {
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
