/**
 * optimal: top-down recursion on suffix positions (i, j), memoised in a flat typed array.
 * Time O(n²), n = length of each string (O(|a|·|b|) in general): each of the (|a| + 1)·(|b| + 1)
 * states is computed once in O(1). Recursion depth is at most |a| + |b|.
 *
 * dist(i, j) = edits to turn a[i..] into b[j..]. Equal first characters are matched for free;
 * otherwise the best of delete a[i], insert b[j] or substitute, each plus one. The memo stores
 * distance + 1 so that 0 means "not computed yet".
 */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const memo = new Int32Array((a.length + 1) * width);
  const dist = (i: number, j: number): number => {
    if (i === a.length) return b.length - j;
    if (j === b.length) return a.length - i;
    const slot = i * width + j;
    if (memo[slot] !== 0) return memo[slot]! - 1;
    let d: number;
    if (a.charCodeAt(i) === b.charCodeAt(j)) d = dist(i + 1, j + 1);
    else d = 1 + Math.min(dist(i + 1, j), dist(i, j + 1), dist(i + 1, j + 1));
    memo[slot] = d + 1;
    return d;
  };
  return dist(0, 0);
}
