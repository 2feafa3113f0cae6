/**
 * Brute force: enumerate all 2ⁿ subsets of positions, keep those that sum to the target, and
 * deduplicate them as sorted multisets. Correct, and the first answer most people state, but it
 * pays O(n·2ⁿ) whatever the target: it never notices that a partial sum has already overshot.
 */
export function combinationSum(candidates: readonly number[], target: number): number[][] {
  const n = candidates.length;
  const seen = new Set<string>();
  const result: number[][] = [];
  for (let mask = 0; mask < 2 ** n; mask++) {
    let sum = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) sum += candidates[i]!;
    if (sum !== target) continue;
    const picked: number[] = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) picked.push(candidates[i]!);
    picked.sort((a, b) => a - b);
    const key = picked.join(',');
    if (!seen.has(key)) {
      seen.add(key);
      result.push(picked);
    }
  }
  return result;
}
