// Mutant: recurses with `i` instead of `i + 1` (the unlimited-reuse variant), so one position is
// used again and again: [2, 3] with target 4 returns [[2, 2]].
export function combinationSum(candidates: readonly number[], target: number): number[][] {
  const sorted = [...candidates].sort((a, b) => a - b);
  const result: number[][] = [];
  const current: number[] = [];
  const search = (start: number, remaining: number): void => {
    if (remaining === 0) {
      result.push([...current]);
      return;
    }
    for (let i = start; i < sorted.length; i++) {
      if (sorted[i]! > remaining) break;
      if (i > start && sorted[i] === sorted[i - 1]) continue;
      current.push(sorted[i]!);
      search(i, remaining - sorted[i]!);
      current.pop();
    }
  };
  search(0, target);
  return result;
}
