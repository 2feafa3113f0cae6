/**
 * optimal: a second stack holding only the successive minima, each with a count of how many copies of it are on the main stack as minima.
 * Time: O(1) amortised per operation, so O(n) for the bench's n pushes each followed by min();
 * memory O(n) for the values plus one entry per strictly new minimum.
 *
 * Invariant: `minValue` (bottom to top) strictly decreases, and each entry `k` stands for
 * `minCount[k]` pushes that were at most the minimum of their moment, i.e. that (re)established
 * `minValue[k]` as the minimum. A push lower than the current minimum opens an entry, an equal
 * one bumps the count; a pop of a value equal to the current minimum gives one count back, and
 * the entry disappears with its last copy, exposing the minimum of what is left below.
 */
export class MinStack {
  private readonly values: number[] = [];
  private readonly minValue: number[] = [];
  private readonly minCount: number[] = [];

  push(value: number): void {
    this.values.push(value);
    const top = this.minValue.length - 1;
    if (top < 0 || value < this.minValue[top]!) {
      this.minValue.push(value);
      this.minCount.push(1);
    } else if (value === this.minValue[top]) {
      this.minCount[top]!++;
    }
  }

  pop(): number | undefined {
    if (this.values.length === 0) return undefined;
    const value = this.values.pop()!;
    const top = this.minValue.length - 1;
    if (value === this.minValue[top] && --this.minCount[top]! === 0) {
      this.minValue.pop();
      this.minCount.pop();
    }
    return value;
  }

  peek(): number | undefined {
    return this.values.length === 0 ? undefined : this.values[this.values.length - 1];
  }

  min(): number | undefined {
    return this.minValue.length === 0 ? undefined : this.minValue[this.minValue.length - 1];
  }

  get size(): number {
    return this.values.length;
  }
}
