// Mutant: allows `)` while `close <= open` instead of `close < open`, so a prefix may close more
// than it opened: "())(" style strings appear.
export function generateParentheses(n: number): string[] {
  const result: string[] = [];
  const extend = (prefix: string, open: number, close: number): void => {
    if (prefix.length === 2 * n) {
      result.push(prefix);
      return;
    }
    if (open < n) extend(prefix + '(', open + 1, close);
    if (close <= open && close < n) extend(prefix + ')', open, close + 1);
  };
  extend('', 0, 0);
  return result;
}
