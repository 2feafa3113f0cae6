// Mutant: breaks out of the loop at the first value larger than what is left, but never sorted
// the candidates, so smaller values after a large one are never tried. Duplicates are removed
// with a Set at the end, which hides the missing sort in the easy cases.
export function combinationSum(candidates: readonly number[], target: number): number[][] {
  const found = new Map<string, number[]>();
  const current: number[] = [];
  const search = (start: number, remaining: number): void => {
    if (remaining === 0) {
      const combination = [...current].sort((a, b) => a - b);
      found.set(combination.join(','), combination);
      return;
    }
    for (let i = start; i < candidates.length; i++) {
      if (candidates[i]! > remaining) break;
      current.push(candidates[i]!);
      search(i + 1, remaining - candidates[i]!);
      current.pop();
    }
  };
  search(0, target);
  return [...found.values()];
}
