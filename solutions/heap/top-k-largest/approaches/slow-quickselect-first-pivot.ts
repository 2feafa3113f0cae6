/**
 * slow: quickselect on a copy with the FIRST element of the range as pivot (Lomuto partition, larger values to the left) until the k largest fill the front, then sorts those k.
 * time: O(n + k log k) expected on shuffled input (the bench), but O(n·k) or O(n·(n - k)) when the pivot is always an extreme: O(n²) in the worst case.
 * exposed by: input that is already sorted (ascending or descending), or all-equal values (Lomuto with a strict comparison puts every equal value on one side).
 *
 * Quickselect is the textbook O(n)-average answer to "k largest"; what makes it quadratic is the
 * pivot rule. Taking the first element is the rule people write from memory, and it is perfect
 * on random data, which is all the bench generates. On sorted data every partition peels off a
 * single value, and on equal values the strict `>` never moves anything left of the pivot.
 */
export function topKLargest(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  const size = Math.min(k, nums.length);
  if (size === 0) return [];
  const a = nums.slice();
  if (size < a.length) {
    // Goal: a[0..size-1] holds the `size` largest values. Narrow [lo, hi] around position size - 1.
    const want = size - 1;
    let lo = 0;
    let hi = a.length - 1;
    while (lo < hi) {
      const pivot = a[lo]!;
      [a[lo], a[hi]] = [a[hi]!, a[lo]!];
      let store = lo;
      for (let i = lo; i < hi; i++) {
        if (a[i]! > pivot) {
          [a[i], a[store]] = [a[store]!, a[i]!];
          store++;
        }
      }
      [a[store], a[hi]] = [a[hi]!, a[store]!];
      // a[lo..store-1] > pivot = a[store] >= a[store+1..hi]
      if (store === want) break;
      if (store < want) lo = store + 1;
      else hi = store - 1;
    }
  }
  const top = a.slice(0, size);
  top.sort((x, y) => y - x);
  return top;
}
