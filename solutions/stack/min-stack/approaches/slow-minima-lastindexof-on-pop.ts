/**
 * slow: a second list of the minima seen so far, in which every popped value is looked up with `lastIndexOf` before it is removed.
 * Time: push, peek, min and size O(1); pop O(m), m = length of the minima list, whenever the
 * popped value is not the current minimum (`lastIndexOf` scans back to an equal entry, through
 * the whole list when there is none).
 * n pushes each followed by min() cost O(n) (the bench); O(n²) for the input below.
 * exposed by: n/2 pushes of strictly falling values (the minima list grows to n/2), then n/2
 *   rounds of push(a large value), pop(), min(): each pop scans all the minima.
 *
 * The minima list is kept correctly (a value is listed when it is <= the minimum at push time),
 * but the pop searches it like a bag to find out whether the popped value is listed, instead of
 * comparing with the last entry only.
 */
export class MinStack {
  private readonly values: number[] = [];
  private readonly minima: number[] = [];

  push(value: number): void {
    this.values.push(value);
    if (this.minima.length === 0 || value <= this.minima[this.minima.length - 1]!) this.minima.push(value);
  }

  pop(): number | undefined {
    if (this.values.length === 0) return undefined;
    const value = this.values.pop()!;
    // The popped value was pushed as a minimum iff its last listing is the top entry (an older,
    // deeper listing of an equal value belongs to an earlier push).
    const at = this.minima.lastIndexOf(value);
    if (at !== -1 && at === this.minima.length - 1) this.minima.splice(at, 1);
    return value;
  }

  peek(): number | undefined {
    return this.values[this.values.length - 1];
  }

  min(): number | undefined {
    return this.minima[this.minima.length - 1];
  }

  get size(): number {
    return this.values.length;
  }
}
