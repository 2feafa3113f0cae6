/**
 * optimal: binary search written as a descent over powers of two: starting from the largest power of two not above n, it advances a position by each step whose landing value is still below the target.
 * time: O(log n) per lookup (one comparison per power of two, plus one final equality test): O(log n) for the bench's batch of 64 lookups.
 *
 * Instead of keeping [lo, hi] and halving it, this keeps one position `pos` (the number of values
 * known to be below the target) and tries the steps 2^j, 2^(j-1), …, 1 in turn: each step is taken
 * if the value it would skip past is still smaller than the target. The same idea as walking a
 * Fenwick tree or binary lifting, and its loop has a fixed number of iterations for a given n.
 */
export function binarySearch(sorted: readonly number[], target: number): number {
  const n = sorted.length;
  let pos = 0; // invariant: sorted[0..pos-1] are all < target
  let step = 1;
  while (step * 2 <= n) step *= 2;
  for (; step >= 1; step = Math.floor(step / 2)) {
    if (pos + step <= n && sorted[pos + step - 1]! < target) pos += step;
  }
  return pos < n && sorted[pos] === target ? pos : -1;
}
