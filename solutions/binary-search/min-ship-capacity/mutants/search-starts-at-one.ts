// Mutant: searches capacities from 1 instead of the heaviest package, and the day counter lets a
// package heavier than the capacity through, so "one package a day" answers come out too small.
export function minShipCapacity(weights: readonly number[], days: number): number {
  if (!Number.isInteger(days) || days < 1) throw new RangeError('bad days');
  let lo = 1;
  let hi = weights.reduce((a, b) => a + b, 0);
  if (hi === 0) return 0;
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
