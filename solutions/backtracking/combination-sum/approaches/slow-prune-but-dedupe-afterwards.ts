/**
 * slow: sorted backtracking that stops at overshoot but does not skip equal siblings, so repeated values explore the same multiset many times; a Set of keys removes the copies.
 * Time: with distinct values, the same as a pruned search; with a value repeated m times, up to
 * C(m, k) paths per multiset instead of one, i.e. exponential in the number of duplicates even
 * when the answer is tiny (e.g. m copies of 1 and target m/2: C(m, m/2) paths for one answer).
 * exposed by: many equal candidates (e.g. n ones and a target of n/2).
 *
 * Correct because every multiset found is keyed before it is stored; slow because the key check
 * happens at the leaf, after the duplicate path has been paid for in full.
 */
export function combinationSum(candidates: readonly number[], target: number): number[][] {
  const sorted = [...candidates].sort((x, y) => x - y);
  const keys = new Set<string>();
  const found: number[][] = [];
  const path: number[] = [];
  const extend = (from: number, left: number): void => {
    if (left === 0) {
      const key = path.join(',');
      if (!keys.has(key)) {
        keys.add(key);
        found.push(path.slice());
      }
      return;
    }
    for (let i = from; i < sorted.length && sorted[i]! <= left; i++) {
      path.push(sorted[i]!);
      extend(i + 1, left - sorted[i]!);
      path.pop();
    }
  };
  extend(0, target);
  return found;
}
