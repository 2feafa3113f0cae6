/**
 * slow: include/exclude recursion over positions that only looks at the sum when every position is decided, deduplicating with a Set of sorted keys.
 * Time O(n·2ⁿ), n = candidates.length: all 2ⁿ leaves are reached whatever the target, and each
 * leaf whose sum matches is sorted and keyed.
 * exposed by: many candidates with a small target (most subsets overshoot, yet every one is walked).
 *
 * It carries the running sum down the recursion but never uses it to stop early.
 */
export function combinationSum(candidates: readonly number[], target: number): number[][] {
  const seen = new Set<string>();
  const found: number[][] = [];
  const taken: number[] = [];
  const walk = (i: number, sum: number): void => {
    if (i === candidates.length) {
      if (sum !== target) return;
      const combo = [...taken].sort((x, y) => x - y);
      const key = combo.join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        found.push(combo);
      }
      return;
    }
    walk(i + 1, sum);
    taken.push(candidates[i]!);
    walk(i + 1, sum + candidates[i]!);
    taken.pop();
  };
  walk(0, 0);
  return found;
}
