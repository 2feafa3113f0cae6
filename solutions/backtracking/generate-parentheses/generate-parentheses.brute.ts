/**
 * Brute force: build every string of 2n characters from `(` and `)` (2²ⁿ of them) and keep the
 * balanced ones. Correct and obvious, but O(n·4ⁿ) time, while only Catalan(n) ≈ 4ⁿ/(n^1.5·√π)
 * strings survive: the gap to the reference grows like n^1.5.
 */
export function generateParentheses(n: number): string[] {
  const result: string[] = [];

  const balanced = (s: string): boolean => {
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
      depth += s[i] === '(' ? 1 : -1;
      if (depth < 0) return false;
    }
    return depth === 0;
  };

  const build = (prefix: string): void => {
    if (prefix.length === 2 * n) {
      if (balanced(prefix)) result.push(prefix);
      return;
    }
    build(prefix + '(');
    build(prefix + ')');
  };

  build('');
  return result;
}
