// Mutant: the two heaps live in growable Int32Arrays (a max-heap stored negated and a min-heap),
// so fractions are truncated and values past 2^31 wrap: add(0.5) gives a median of 0, and
// add(2147483649) gives -2147483647.
class IntMinHeap {
  private data = new Int32Array(16);
  size = 0;

  push(value: number): void {
    if (this.size === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    let i = this.size++;
    this.data[i] = value;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.data[parent]! <= this.data[i]!) break;
      [this.data[parent], this.data[i]] = [this.data[i]!, this.data[parent]!];
      i = parent;
    }
  }

  top(): number {
    return this.data[0]!;
  }

  pop(): number {
    const top = this.data[0]!;
    this.data[0] = this.data[--this.size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.data[child + 1]! < this.data[child]!) child++;
      if (this.data[child]! >= this.data[i]!) break;
      [this.data[child], this.data[i]] = [this.data[i]!, this.data[child]!];
      i = child;
    }
    return top;
  }
}

export class MedianFinder {
  private readonly low = new IntMinHeap(); // negated: its top is minus the largest low value
  private readonly high = new IntMinHeap();

  add(value: number): void {
    this.low.push(-value);
    this.high.push(-this.low.pop());
    if (this.high.size > this.low.size) this.low.push(-this.high.pop());
  }

  median(): number {
    if (this.low.size === 0) throw new RangeError('median() of an empty stream');
    const lowTop = -this.low.top();
    return this.low.size > this.high.size ? lowTop : (lowTop + this.high.top()) / 2;
  }
}
