/**
 * Reference: one pass with an explicit stack of the opening brackets still open.
 *
 * Invariant: after reading s[0..i], `open` holds, innermost last, exactly the opening brackets
 * of that prefix not yet closed, and the prefix contains no error. A closing bracket can only
 * close the innermost open bracket, so it must match the top of the stack. The string is
 * balanced iff no error occurs and nothing is left open at the end.
 *
 * Complexity: O(n) time (one push or pop per character), O(n) extra memory in the worst case
 * (all openers). The stack is an array, not the call stack, so any nesting depth is fine.
 */
export function isBalanced(s: string): boolean {
  // Odd length can never pair up: a cheap early exit, not needed for correctness.
  if (s.length % 2 === 1) return false;
  // Store the closer each open bracket expects, so the check on a closer is one comparison.
  const expected: string[] = [];
  for (const c of s) {
    if (c === '(') expected.push(')');
    else if (c === '[') expected.push(']');
    else if (c === '{') expected.push('}');
    else if (expected.pop() !== c) return false; // also false when the stack is empty
  }
  return expected.length === 0;
}
