/**
 * Brute force: keep every value in an array and sort a copy on every median(). Correct, but
 * O(n log n) per query: n adds each followed by median() cost O(n² log n).
 */
export class MedianFinder {
  readonly #values: number[] = [];

  add(value: number): void {
    this.#values.push(value);
  }

  median(): number {
    if (this.#values.length === 0) throw new RangeError('median() of an empty stream: add a value first.');
    const sorted = [...this.#values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
}
