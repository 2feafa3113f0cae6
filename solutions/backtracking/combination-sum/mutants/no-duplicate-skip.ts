// Mutant: sorts and prunes, but never skips equal siblings, so a repeated value produces the same
// combination once per position it could come from.
export function combinationSum(candidates: readonly number[], target: number): number[][] {
  const sorted = [...candidates].sort((a, b) => a - b);
  const result: number[][] = [];
  const current: number[] = [];
  const search = (start: number, remaining: number): void => {
    if (remaining === 0) {
      result.push([...current]);
      return;
    }
    for (let i = start; i < sorted.length && sorted[i]! <= remaining; i++) {
      current.push(sorted[i]!);
      search(i + 1, remaining - sorted[i]!);
      current.pop();
    }
  };
  search(0, target);
  return result;
}
