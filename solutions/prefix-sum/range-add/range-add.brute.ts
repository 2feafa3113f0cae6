/**
 * Brute force: apply each update cell by cell. Correct, and the obvious first answer, but an
 * update over the whole array costs O(n): u such updates take O(n · u).
 */
export function applyRangeAdds(length: number, updates: readonly (readonly [number, number, number])[]): number[] {
  const values = new Array<number>(length).fill(0);
  for (const [start, end] of updates) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end >= length) {
      throw new RangeError(`Bad range [${start}, ${end}] for length ${length}.`);
    }
  }
  for (const [start, end, delta] of updates) {
    for (let i = start; i <= end; i++) values[i] += delta;
  }
  return values;
}
