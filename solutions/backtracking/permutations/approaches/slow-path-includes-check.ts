/**
 * slow: backtracking that asks `path.includes(value)` for every candidate instead of keeping a used flag.
 * known miss: a polynomial factor (O(n) includes per placement) on an n! target: the ratio grows ~1.1–1.3× per step of n, under the linear-size rule, and every input of a length costs the same
 * Time O(n²·n!), n = nums.length: every node of the ~e·n! node tree tests all n values, and each
 * test scans the current path of up to n values.
 * exposed by: longer inputs (the extra factor n is the same on every input of a given length).
 *
 * The common "it's only 8 elements" shortcut: membership in the partial ordering is found by a
 * linear scan rather than remembered, and each extension copies the path with a spread.
 */
export function permutations(nums: readonly number[]): number[][] {
  const out: number[][] = [];
  const grow = (path: number[]): void => {
    if (path.length === nums.length) {
      out.push(path);
      return;
    }
    for (const value of nums) {
      if (path.includes(value)) continue;
      grow([...path, value]);
    }
  };
  grow([]);
  return out;
}
