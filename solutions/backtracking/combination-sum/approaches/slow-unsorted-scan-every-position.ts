/**
 * slow: backtracking over the unsorted candidates that skips (rather than stops at) values that overshoot, and dedupes multisets through a Set of sorted keys.
 * Time: the tree holds every position-subset with sum ≤ target (duplicates included), and every
 * node scans all later positions, so O(n) per node instead of stopping at the first too-large
 * value; each hit is copied and sorted, O(k log k).
 * exposed by: many candidates larger than the target mixed with small ones (each node still scans them all), or many duplicates.
 *
 * Without sorting, an overshooting value says nothing about the next one, so the loop can only
 * `continue`.
 */
export function combinationSum(candidates: readonly number[], target: number): number[][] {
  const keys = new Set<string>();
  const found: number[][] = [];
  const path: number[] = [];
  const extend = (from: number, left: number): void => {
    if (left === 0) {
      const combo = path.slice().sort((x, y) => x - y);
      const key = combo.join(',');
      if (!keys.has(key)) {
        keys.add(key);
        found.push(combo);
      }
      return;
    }
    for (let i = from; i < candidates.length; i++) {
      const v = candidates[i]!;
      if (v > left) continue;
      path.push(v);
      extend(i + 1, left - v);
      path.pop();
    }
  };
  extend(0, target);
  return found;
}
