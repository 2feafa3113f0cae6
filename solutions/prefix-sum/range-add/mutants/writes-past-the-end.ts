// Mutant: always writes the closing difference at end + 1, which grows the array by one slot when end is the last index.
export function applyRangeAdds(length: number, updates: readonly (readonly [number, number, number])[]): number[] {
  for (const [start, end] of updates) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end >= length) throw new RangeError('bad range');
  }
  const diff = new Array<number>(length).fill(0);
  for (const [start, end, delta] of updates) {
    diff[start] += delta;
    diff[end + 1] = (diff[end + 1] ?? 0) - delta;
  }
  for (let i = 1; i < diff.length; i++) diff[i] += diff[i - 1]!;
  return diff;
}
