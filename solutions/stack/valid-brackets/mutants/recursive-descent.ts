// Mutant: a recursive descent parser, one call per nesting level. Correct on small inputs, but
// it overflows the call stack (RangeError) on 100 000 nested pairs.
export function isBalanced(s: string): boolean {
  const closer: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  // Parses a sequence of balanced groups from `i`; returns where it stopped, or -1 on an error.
  function sequence(i: number): number {
    while (i < s.length && s[i]! in closer) {
      const end = sequence(i + 1);
      if (end === -1 || s[end] !== closer[s[i]!]) return -1;
      i = end + 1;
    }
    return i;
  }
  return sequence(0) === s.length;
}
