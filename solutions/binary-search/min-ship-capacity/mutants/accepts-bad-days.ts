// Mutant: never validates days; 0 or negative days just yield the total weight, fractions are used as is.
export function minShipCapacity(weights: readonly number[], days: number): number {
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
