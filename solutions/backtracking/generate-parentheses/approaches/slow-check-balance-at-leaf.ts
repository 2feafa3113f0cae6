/**
 * slow: places exactly n "(" and n ")" in every order (it limits both counts but not closes versus opens) and checks the balance of each finished string.
 * Time O(n·C(2n, n)) = O(n²·Catalan(n)), n = pairs: C(2n, n) = (n + 1)·Catalan(n) strings are
 * built and each is scanned in O(n), though only one in n + 1 is balanced.
 * exposed by: larger n (the same cost for every input of a given n).
 *
 * The "count both kinds, validate at the end" version: half-pruned, so it looks like backtracking
 * but still builds every arrangement of the two characters.
 */
export function generateParentheses(n: number): string[] {
  const out: string[] = [];
  const isBalanced = (s: string): boolean => {
    let depth = 0;
    for (const ch of s) {
      depth += ch === '(' ? 1 : -1;
      if (depth < 0) return false;
    }
    return depth === 0;
  };
  const place = (s: string, opensLeft: number, closesLeft: number): void => {
    if (opensLeft === 0 && closesLeft === 0) {
      if (isBalanced(s)) out.push(s);
      return;
    }
    if (opensLeft > 0) place(s + '(', opensLeft - 1, closesLeft);
    if (closesLeft > 0) place(s + ')', opensLeft, closesLeft - 1);
  };
  place('', n, n);
  return out;
}
