/**
 * Reference: backtracking that only appends a character the prefix can still be completed after.
 *
 * Invariant: `prefix` holds `open` opening and `close` closing characters, close <= open <= n.
 * Such a prefix can always be completed to a balanced string (close the remaining ones), so
 * every leaf is an answer and no branch is wasted; every balanced string keeps that invariant on
 * each of its prefixes, so every answer is reached, exactly once.
 *
 * Complexity: Catalan(n) leaves of length 2n; each inner node lies on the path to some leaf and
 * has at most 2 children, so O(n·Catalan(n)) time. `prefix + '('` is cheap in JavaScript engines
 * (the new string shares the old one), so the prefixes are not copied at every node.
 * Recursion depth 2n.
 */
export function generateParentheses(n: number): string[] {
  const result: string[] = [];

  const extend = (prefix: string, open: number, close: number): void => {
    if (close === n) {
      result.push(prefix);
      return;
    }
    if (open < n) extend(prefix + '(', open + 1, close);
    if (close < open) extend(prefix + ')', open, close + 1);
  };

  extend('', 0, 0);
  return result;
}
