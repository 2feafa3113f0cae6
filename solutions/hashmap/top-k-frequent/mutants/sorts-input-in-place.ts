// Mutant: sorts the caller's array in place so equal values sit in runs, then counts the runs.
// The ranking is right, but `nums` is read-only and the caller's data is reordered.
export function topKFrequent(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`bad k: ${k}`);
  const sorted = (nums as number[]).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const value of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[0] === value) last[1]++;
    else runs.push([value, 1]);
  }
  return runs
    .sort(([va, ca], [vb, cb]) => cb - ca || va - vb)
    .slice(0, k)
    .map(([value]) => value);
}
