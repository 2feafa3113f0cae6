/**
 * slow: keeps every value in one sorted array, inserting each add at its binary-searched position with `splice`; median() reads the middle.
 * time: O(n) per add (O(log n) comparisons, O(n) element moves), O(1) per median(): O(n²) for the bench's n adds each followed by median().
 * exposed by: a long stream; worst for values arriving in descending order (each add lands at index 0 and shifts every value); random values shift half the array.
 *
 * The most common "improvement" on sorting at every query: keep the array sorted instead. The
 * median is then free, and the search is logarithmic, so it looks like O(log n) per add. It is
 * not: splice is a memmove of the tail. The memmove is fast per element, so the quadratic term
 * only overtakes the binary search's cost once the stream holds tens of thousands of values.
 */
export class MedianFinder {
  readonly #sorted: number[] = [];

  add(value: number): void {
    const a = this.#sorted;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid]! <= value) lo = mid + 1;
      else hi = mid;
    }
    a.splice(lo, 0, value);
  }

  median(): number {
    const a = this.#sorted;
    if (a.length === 0) throw new RangeError('median() of an empty stream: add a value first.');
    const mid = a.length >> 1;
    return a.length % 2 === 1 ? a[mid]! : (a[mid - 1]! + a[mid]!) / 2;
  }
}
