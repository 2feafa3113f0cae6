// Mutant: sorts the caller's array in place to get the pruning, mutating a read-only input.
export function combinationSum(candidates: readonly number[], target: number): number[][] {
  const sorted = (candidates as number[]).sort((a, b) => a - b);
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
      search(i + 1, remaining - sorted[i]!);
      current.pop();
    }
  };
  search(0, target);
  return result;
}
