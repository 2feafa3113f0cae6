/**
 * slow: recursion on the last characters of the two prefixes, memoised in a Map whose key is the two prefix strings themselves.
 * Time O(n³), n = length of each string: O(n²) states, each building and hashing a key of up to
 * 2n characters.
 * exposed by: long strings (the key cost grows with the length; e.g. two unrelated strings of 2 000 characters).
 *
 * Same recurrence as the table, but the memo identifies a subproblem by its text rather than by
 * its two lengths.
 */
export function editDistance(a: string, b: string): number {
  const memo = new Map<string, number>();
  const solve = (x: string, y: string): number => {
    if (x.length === 0) return y.length;
    if (y.length === 0) return x.length;
    // The length of x first, so the key tells where x ends even when the strings hold any
    // separator one could choose (a NUL joining them would mix up 'a\0' + 'b' and 'a' + '\0b').
    const key = `${x.length}:${x}${y}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const xs = x.slice(0, -1);
    const ys = y.slice(0, -1);
    const result =
      x[x.length - 1] === y[y.length - 1] ? solve(xs, ys) : 1 + Math.min(solve(xs, y), solve(x, ys), solve(xs, ys));
    memo.set(key, result);
    return result;
  };
  return solve(a, b);
}
