// Mutant: skips a value equal to its left neighbour with `i > 0` instead of `i > start`, so a
// repeated value can never be used twice: [1, 1, 6] is lost.
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
      if (i > 0 && sorted[i] === sorted[i - 1]) continue;
      current.push(sorted[i]!);
      search(i + 1, remaining - sorted[i]!);
      current.pop();
    }
  };
  search(0, target);
  return result;
}
