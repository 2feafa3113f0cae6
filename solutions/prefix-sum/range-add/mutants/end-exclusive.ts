// Mutant: treats `end` as exclusive, so every range stops one index short.
export function applyRangeAdds(length: number, updates: readonly (readonly [number, number, number])[]): number[] {
  for (const [start, end] of updates) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end >= length) throw new RangeError('bad range');
  }
  const diff = new Array<number>(length).fill(0);
  for (const [start, end, delta] of updates) {
    diff[start] += delta;
    if (end < length) diff[end] -= delta;
  }
  for (let i = 1; i < length; i++) diff[i] += diff[i - 1]!;
  return diff;
}
