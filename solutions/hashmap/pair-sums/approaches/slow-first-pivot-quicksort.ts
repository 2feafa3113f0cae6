/**
 * slow: counts values, collects the qualifying pairs in first-appearance order, then orders them with a hand-written quicksort that always takes the first element as pivot.
 * Time: O(n) to count and collect, then O(p log p) expected for p pairs on shuffled input but O(p²) when the pairs are already in order; n = amounts.length, p <= n/2.
 * exposed by: amounts already sorted ascending with many pairs (e.g. 0, 1, …, n−1 and target n−1): every partition peels off one element; the bench's random order hides it.
 */
export function pairSums(amounts: readonly number[], target: number): [number, number][] {
  const counts = new Map<number, number>();
  for (const value of amounts) counts.set(value, (counts.get(value) ?? 0) + 1);

  const pairs: [number, number][] = [];
  for (const [a, count] of counts) {
    const b = target - a;
    if (a > b) continue;
    if (a === b ? count >= 2 : counts.has(b)) pairs.push([a, b]);
  }

  // Lomuto partition around pairs[lo]; an explicit stack instead of recursion, so a sorted input
  // costs quadratic time but never overflows the call stack. The `a` values are distinct.
  const ranges: number[] = [0, pairs.length - 1];
  while (ranges.length > 0) {
    const hi = ranges.pop()!;
    const lo = ranges.pop()!;
    if (lo >= hi) continue;
    const pivot = pairs[lo]![0];
    let store = lo;
    for (let i = lo + 1; i <= hi; i++) {
      if (pairs[i]![0] < pivot) {
        store++;
        [pairs[store], pairs[i]] = [pairs[i]!, pairs[store]!];
      }
    }
    [pairs[lo], pairs[store]] = [pairs[store]!, pairs[lo]!];
    ranges.push(lo, store - 1, store + 1, hi);
  }
  return pairs;
}
