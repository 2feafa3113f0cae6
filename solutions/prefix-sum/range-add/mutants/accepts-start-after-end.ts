// Mutant: checks that both ends are inside the array but not that start <= end, so an inverted range subtracts instead of throwing.
export function applyRangeAdds(length: number, updates: readonly (readonly [number, number, number])[]): number[] {
  for (const [start, end] of updates) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < 0 || start >= length || end >= length) throw new RangeError('bad range');
  }
  const diff = new Array<number>(length).fill(0);
  for (const [start, end, delta] of updates) {
    diff[start] += delta;
    if (end + 1 < length) diff[end + 1] -= delta;
  }
  for (let i = 1; i < length; i++) diff[i] += diff[i - 1]!;
  return diff;
}
