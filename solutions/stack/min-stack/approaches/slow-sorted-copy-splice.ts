/**
 * slow: beside the stack, a sorted copy of its values, kept sorted by binary search and `splice`; min() reads its first entry.
 * Time: min, peek and size O(1); push and pop O(log n) to find the place plus O(n) for `splice`
 * to shift the entries after it, so n random pushes cost O(n²) (small constant, a memory move);
 * n pushes of rising values cost O(n log n) since each lands at the end.
 * exposed by: pushes of random or falling values (the bench's random values insert mid-array).
 *
 * A sorted structure answers "smallest" instantly and supports removing any value, more than a
 * stack needs; with an array standing in for a balanced tree, every update moves half the array.
 */
export class MinStack {
  private readonly values: number[] = [];
  private readonly sorted: number[] = [];

  /** First position in `sorted` whose entry is >= value. */
  private place(value: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  push(value: number): void {
    this.values.push(value);
    this.sorted.splice(this.place(value), 0, value);
  }

  pop(): number | undefined {
    if (this.values.length === 0) return undefined;
    const value = this.values.pop()!;
    this.sorted.splice(this.place(value), 1); // some copy of `value` sits exactly there
    return value;
  }

  peek(): number | undefined {
    return this.values[this.values.length - 1];
  }

  min(): number | undefined {
    return this.sorted[0];
  }

  get size(): number {
    return this.values.length;
  }
}
