/**
 * optimal: groups equal candidates into (value, count) pairs and searches how many copies of each value to take, smallest value first.
 * Time: pruned search, n = candidates.length. O(n log n) to group, then O(1) amortised per node
 * plus O(n) per combination found; a node exists only for a distinct multiset whose sum is at
 * most the target, so the tree is far smaller than 2ⁿ when most subsets overshoot.
 *
 * Choosing a copy count per distinct value makes multisets unique by construction (no sibling
 * skipping needed), and because values are ascending, a value larger than what is left ends the
 * whole level: every later value is larger still.
 */
export function combinationSum(candidates: readonly number[], target: number): number[][] {
  const sorted = [...candidates].sort((x, y) => x - y);
  const values: number[] = [];
  const counts: number[] = [];
  for (const v of sorted) {
    if (values.length > 0 && values[values.length - 1] === v) counts[counts.length - 1]!++;
    else {
      values.push(v);
      counts.push(1);
    }
  }
  const found: number[][] = [];
  const chosen: number[] = [];
  const pick = (k: number, left: number): void => {
    if (left === 0) {
      found.push(chosen.slice());
      return;
    }
    if (k === values.length || values[k]! > left) return; // nothing at or after k can fit
    const v = values[k]!;
    const most = Math.min(counts[k]!, Math.floor(left / v));
    // take `most` copies down to 1 copy, then zero copies (move on to the next value)
    for (let t = 0; t < most; t++) chosen.push(v);
    for (let take = most; take >= 1; take--) {
      pick(k + 1, left - take * v);
      chosen.pop();
    }
    pick(k + 1, left);
  };
  pick(0, target);
  return found;
}
