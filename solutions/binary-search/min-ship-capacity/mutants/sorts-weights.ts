// Mutant: sorts the weights (in place) before packing, which changes the problem: packages must
// ship in their given order. It also mutates the caller's array.
export function minShipCapacity(weights: readonly number[], days: number): number {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('bad days');
  const sorted = (weights as number[]).sort((a, b) => a - b);
  let lo = 0;
  let hi = 0;
  for (const w of sorted) {
    lo = Math.max(lo, w);
    hi += w;
  }
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let used = 1;
    let load = 0;
    for (const w of sorted) {
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
