/**
 * slow: starts from the total weight (always enough, one day) and lowers the capacity one unit at a time while it still ships within the deadline; the last capacity that worked is the answer.
 * time: O(n·(sum - answer + 1)): two simulations when days = 1 (the bench: the answer is the total, so O(n)), but up to O(n·sum) = O(n²·w) when the answer is far below the total.
 * exposed by: many days (the answer near the heaviest package), e.g. days = n - 1 with random weights 1..10: about 5.5·n capacities are tried, each an O(n) simulation. (days >= n is answered directly.)
 *
 * The brute force counts up from the heaviest package; this one counts down from the total, which
 * is the natural direction if you think "start from a capacity that surely works and tighten it".
 * It is the mirror image of the brute force, and the bench's days = 1 is its best case: the very
 * first capacity below the total already fails.
 */
export function minShipCapacity(weights: readonly number[], days: number): number {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a positive integer, got ${days}.`);
  let heaviest = 0;
  let total = 0;
  for (const w of weights) {
    if (w > heaviest) heaviest = w;
    total += w;
  }
  if (days >= weights.length) return heaviest; // one package a day fits at the heaviest weight
  let capacity = total;
  while (capacity > heaviest && shipsWithin(weights, capacity - 1, days)) capacity--;
  return capacity;
}

/** Greedy loading at `capacity` (at least the heaviest weight): true if it needs at most `days` days. */
function shipsWithin(weights: readonly number[], capacity: number, days: number): boolean {
  let used = 1;
  let load = 0;
  for (const w of weights) {
    if (load + w > capacity) {
      if (++used > days) return false;
      load = 0;
    }
    load += w;
  }
  return true;
}
