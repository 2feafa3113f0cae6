// Mutant: turns the caller's array into its own prefix sums to save memory, mutating a
// read-only input (a frozen one throws).
export class RangeSum {
  private readonly running: number[];

  constructor(nums: readonly number[]) {
    this.running = nums as number[];
    for (let i = 1; i < this.running.length; i++) this.running[i] = this.running[i]! + this.running[i - 1]!;
  }

  sum(left: number, right: number): number {
    if (left < 0 || right >= this.running.length || left > right) throw new RangeError('index out of range');
    return this.running[right]! - (left > 0 ? this.running[left - 1]! : 0);
  }
}
