/**
 * optimal: binary lifting: finds the last false integer by trying jumps of 2^j, 2^(j-1), …, 1 from lo - 1, keeping each jump that lands on a false (and stays within hi); the answer is one past it.
 * time: ⌊log2(hi - lo + 1)⌋ + 1 predicate calls per search, O(log n) time, n = hi - lo: O(log n) for the bench's batch of 64 searches.
 *
 * Instead of a shrinking interval, one position `last` that is known to be false (lo - 1 stands
 * for "nothing known yet") and a decreasing power of two. Monotonicity makes the greedy choice
 * right: if last + 2^j is still false, the answer lies beyond it; if not, a smaller jump is tried.
 * The jumps build the answer's offset bit by bit. Powers of two are computed by multiplication,
 * because bit shifts would truncate values beyond 2^31.
 */
export function firstTrue(lo: number, hi: number, predicate: (x: number) => boolean): number {
  const count = hi - lo + 1;
  let step = 1;
  while (step * 2 <= count) step *= 2;
  let last = lo - 1; // invariant: every x in [lo, last] is false
  for (; step >= 1; step /= 2) {
    const probe = last + step;
    if (probe <= hi && !predicate(probe)) last = probe;
  }
  return last + 1;
}
