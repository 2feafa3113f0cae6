/**
 * Reference: the values in one array and, beside them, the running minimum in another.
 *
 * Invariant: `mins[k]` is the minimum of `values[0..k]`. The minimum of a stack depends only on
 * what lies below its top, so it can be computed once at push time (min of the new value and the
 * previous running minimum) and simply discarded at pop time: the entry below is then exactly
 * the minimum of what remains. Duplicate minima need no special care.
 *
 * Complexity: O(1) amortised per operation (array push/pop), O(n) extra memory for `mins`.
 */
export class MinStack {
  private readonly values: number[] = [];
  private readonly mins: number[] = [];

  push(value: number): void {
    const below = this.mins.length === 0 ? value : this.mins[this.mins.length - 1]!;
    this.values.push(value);
    this.mins.push(value < below ? value : below);
  }

  pop(): number | undefined {
    this.mins.pop();
    return this.values.pop();
  }

  peek(): number | undefined {
    return this.values[this.values.length - 1];
  }

  min(): number | undefined {
    return this.mins[this.mins.length - 1];
  }

  get size(): number {
    return this.values.length;
  }
}
