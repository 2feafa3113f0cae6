/**
 * Brute force: try every capacity from the heaviest package upward, simulating the loading each
 * time, and return the first that fits. Correct, but O(n·sum) in the worst case: with days = 1
 * it tries every capacity up to the total weight.
 */
export function minShipCapacity(weights: readonly number[], days: number): number {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}.`);
  if (weights.length === 0) return 0;
  let heaviest = 0;
  for (const w of weights) if (w > heaviest) heaviest = w;
  for (let capacity = heaviest; ; capacity++) {
    let used = 1;
    let load = 0;
    for (const w of weights) {
      if (load + w > capacity) {
        used++;
        load = 0;
      }
      load += w;
    }
    if (used <= days) return capacity;
  }
}
