// Mutant: two heaps, each value goes to the lower half if it is <= the lower top, else to the
// upper half; rebalancing only moves values from the lower half up, never back down, so the
// upper half can grow too big and the "median" is read from the wrong place.
export class MedianFinder {
  readonly low: number[] = []; // sorted ascending, top = last
  readonly high: number[] = []; // sorted ascending, top = first

  add(value: number): void {
    if (this.low.length === 0 || value <= this.low[this.low.length - 1]!) insert(this.low, value);
    else insert(this.high, value);
    if (this.low.length > this.high.length + 1) insert(this.high, this.low.pop()!);
  }

  median(): number {
    if (this.low.length === 0) throw new RangeError('empty');
    if (this.low.length > this.high.length) return this.low[this.low.length - 1]!;
    return (this.low[this.low.length - 1]! + this.high[0]!) / 2;
  }
}

function insert(sorted: number[], value: number): void {
  let at = sorted.length;
  while (at > 0 && sorted[at - 1]! > value) at--;
  sorted.splice(at, 0, value);
}
