// Mutant: validates start but never checks that end is inside the array; out-of-range parts are silently dropped.
export function applyRangeAdds(length: number, updates: readonly (readonly [number, number, number])[]): number[] {
  for (const [start, end] of updates) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end) throw new RangeError('bad range');
  }
  const diff = new Array<number>(length).fill(0);
  for (const [start, end, delta] of updates) {
    if (start < length) diff[start] += delta;
    if (end + 1 < length) diff[end + 1] -= delta;
  }
  for (let i = 1; i < length; i++) diff[i] += diff[i - 1]!;
  return diff;
}
