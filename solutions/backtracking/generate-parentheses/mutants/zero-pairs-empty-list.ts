// Mutant: returns no strings for n = 0, instead of the one empty string.
export function generateParentheses(n: number): string[] {
  if (n === 0) return [];
  const result: string[] = [];
  const extend = (prefix: string, open: number, close: number): void => {
    if (prefix.length === 2 * n) {
      result.push(prefix);
      return;
    }
    if (open < n) extend(prefix + '(', open + 1, close);
    if (close < open) extend(prefix + ')', open, close + 1);
  };
  extend('', 0, 0);
  return result;
}
