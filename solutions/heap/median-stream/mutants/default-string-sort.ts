// Mutant: sorts with `sort()` and no comparator, so numbers are ordered as strings (100 < 9, -1 < -2).
export class MedianFinder {
  readonly values: number[] = [];

  add(value: number): void {
    this.values.push(value);
  }

  median(): number {
    if (this.values.length === 0) throw new RangeError('empty');
    const sorted = [...this.values].sort();
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
}
