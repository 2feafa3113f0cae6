// Mutant: builds the strings of n pairs from those of n - 1 by wrapping one ("(" + s + ")") or
// putting "()" before or after it. It misses strings that are two nested groups side by side,
// such as "(())(())", from n = 4 on.
export function generateParentheses(n: number): string[] {
  let level = new Set<string>(['']);
  for (let k = 1; k <= n; k++) {
    const next = new Set<string>();
    for (const s of level) {
      next.add('(' + s + ')');
      next.add('()' + s);
      next.add(s + '()');
    }
    level = next;
  }
  return [...level];
}
