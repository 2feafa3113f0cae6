/**
 * Brute force: an unsorted array. `push` appends in O(1); `pop` and `peek` scan every value for
 * the smallest, O(n) each. Correct, and the first idea in an interview, but n pushes followed by
 * n pops cost O(n²).
 */
export class MinHeap<T> {
  readonly #items: T[] = [];
  readonly #compare: (a: T, b: T) => number;

  constructor(compare?: (a: T, b: T) => number) {
    this.#compare = compare ?? ((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  push(value: T): void {
    this.#items.push(value);
  }

  pop(): T | undefined {
    const items = this.#items;
    if (items.length === 0) return undefined;
    const at = this.#smallestIndex();
    const value = items[at]!;
    items[at] = items[items.length - 1]!;
    items.pop();
    return value;
  }

  peek(): T | undefined {
    return this.#items.length === 0 ? undefined : this.#items[this.#smallestIndex()];
  }

  get size(): number {
    return this.#items.length;
  }

  #smallestIndex(): number {
    let best = 0;
    for (let i = 1; i < this.#items.length; i++) {
      if (this.#compare(this.#items[i]!, this.#items[best]!) < 0) best = i;
    }
    return best;
  }
}
