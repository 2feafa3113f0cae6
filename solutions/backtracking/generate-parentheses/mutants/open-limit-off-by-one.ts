// Mutant: lets `open` reach n + 1 (`open <= n`), so a string of length 2n may hold n + 1 `(`
// and only n - 1 `)`: unbalanced strings are returned.
export function generateParentheses(n: number): string[] {
  const result: string[] = [];
  const extend = (prefix: string, open: number, close: number): void => {
    if (prefix.length === 2 * n) {
      result.push(prefix);
      return;
    }
    if (open <= n) extend(prefix + '(', open + 1, close);
    if (close < open) extend(prefix + ')', open, close + 1);
  };
  extend('', 0, 0);
  return result;
}
