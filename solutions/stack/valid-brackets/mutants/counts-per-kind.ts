// Mutant: keeps one counter per bracket kind instead of a stack, so it checks that no kind
// closes more than it opened but ignores the order between kinds: `([)]` is accepted.
export function isBalanced(s: string): boolean {
  const depth: Record<string, number> = { '(': 0, '[': 0, '{': 0 };
  const opener: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (const c of s) {
    if (c in depth) depth[c]!++;
    else if (--depth[opener[c]!]! < 0) return false;
  }
  return depth['(']! === 0 && depth['[']! === 0 && depth['{']! === 0;
}
