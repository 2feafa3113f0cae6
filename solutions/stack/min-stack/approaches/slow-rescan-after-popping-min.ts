/**
 * slow: cache the current minimum, and rescan the whole stack whenever the value popped is that minimum.
 * Time: O(1) per push, peek, min and size; pop is O(size) when it removes the minimum. n pushes
 * each followed by min() cost O(n) (the bench); n pushes of falling values followed by n pops
 * cost O(n²).
 * exposed by: pushing strictly falling values (every push is a new minimum) and then popping them
 *   all, calling min() after each pop; the bench never pops.
 *
 * The common "keep a min variable" answer: correct, because after removing the minimum the new
 * one can only be found by looking at what is left, and that look is a scan.
 */
export class MinStack {
  private readonly values: number[] = [];
  private smallest: number | undefined = undefined;

  push(value: number): void {
    this.values.push(value);
    if (this.smallest === undefined || value < this.smallest) this.smallest = value;
  }

  pop(): number | undefined {
    if (this.values.length === 0) return undefined;
    const value = this.values.pop()!;
    if (value === this.smallest) {
      // The minimum may be gone (or another copy may remain): recompute it from scratch.
      let m: number | undefined = undefined;
      for (const v of this.values) if (m === undefined || v < m) m = v;
      this.smallest = m;
    }
    return value;
  }

  peek(): number | undefined {
    return this.values[this.values.length - 1];
  }

  min(): number | undefined {
    return this.smallest;
  }

  get size(): number {
    return this.values.length;
  }
}
