/**
 * Reference: sort a copy, then backtrack over (start, remaining) with two prunings.
 *
 * Invariant: `current` holds values picked from strictly increasing positions of the sorted copy,
 * so it is ascending and uses each position once, and `remaining = target - sum(current)`.
 * - Overshoot: values are ascending, so once sorted[i] > remaining every later value is too:
 *   `break`, not `continue`.
 * - Duplicates: among siblings (same start), equal values lead to the same multisets, so only
 *   the first of a run of equal values is tried at that depth (`i > start`). A deeper level may
 *   still take the next copy, which is how [1, 1, 6] is found once.
 *
 * Complexity: O(n log n) for the sort plus O(n) per node of the search tree; the tree holds only
 * distinct ascending multisets whose sum is at most the target, and each leaf that reaches the
 * target costs O(n) to copy. Exponential in the worst case (the output can be), far below 2ⁿ
 * when most subsets overshoot. Recursion depth is at most n.
 */
export function combinationSum(candidates: readonly number[], target: number): number[][] {
  const sorted = [...candidates].sort((a, b) => a - b);
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
