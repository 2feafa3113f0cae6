// Mutant: sorts its copy with the default `.sort()`, which compares numbers as text: [10, 2]
// stays [10, 2], so the search stops at 10 before trying 2 (candidates [10, 2], target 2 gives
// [] instead of [[2]]) and lists [10, 2] for target 12 instead of the ascending [2, 10].
export function combinationSum(candidates: readonly number[], target: number): number[][] {
  const sorted = [...candidates].sort();
  const result: number[][] = [];
  const current: number[] = [];

  const search = (start: number, remaining: number): void => {
    if (remaining === 0) {
      result.push(current.slice());
      return;
    }
    for (let i = start; i < sorted.length; i++) {
      const value = sorted[i]!;
      if (value > remaining) break;
      if (i > start && value === sorted[i - 1]) continue;
      current.push(value);
      search(i + 1, remaining - value);
      current.pop();
    }
  };

  search(0, target);
  return result;
}
