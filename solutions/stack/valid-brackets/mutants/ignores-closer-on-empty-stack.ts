// Mutant: only compares a closing bracket with the stack when the stack is non-empty, so a
// closer with nothing open is silently skipped: `())` is accepted.
export function isBalanced(s: string): boolean {
  const expected: string[] = [];
  const closer: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  for (const c of s) {
    if (c in closer) expected.push(closer[c]!);
    else if (expected.length > 0 && expected.pop() !== c) return false;
  }
  return expected.length === 0;
}
