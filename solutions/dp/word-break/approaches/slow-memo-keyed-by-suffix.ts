/**
 * slow: recursion that cuts a word off the front and recurses on the rest, memoising failures in a Set keyed by the remaining suffix string.
 * Time O(n²·W), n = s.length, W = words: each of the n suffixes is built and hashed in O(n)
 * per visit (up to W visits each), on top of the O(n·W·L) prefix checks.
 * exposed by: long unbreakable strings such as `aaa…ab` (every suffix is visited, and each is long).
 *
 * The memo fixes the exponential blow-up, but the key is the string itself: building and hashing
 * `rest` costs its length every time.
 */
export function wordBreak(s: string, words: readonly string[]): boolean {
  const failed = new Set<string>();
  const canCut = (rest: string): boolean => {
    if (rest === '') return true;
    if (failed.has(rest)) return false;
    for (const w of words) {
      if (rest.startsWith(w) && canCut(rest.slice(w.length))) return true;
    }
    failed.add(rest);
    return false;
  };
  return canCut(s);
}
