// Mutant: returns true after the loop without checking that the stack is empty, so brackets
// that are opened and never closed (`((`) are accepted.
export function isBalanced(s: string): boolean {
  const expected: string[] = [];
  const closer: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  for (const c of s) {
    if (c in closer) expected.push(closer[c]!);
    else if (expected.pop() !== c) return false;
  }
  return true;
}
