/**
 * slow: a stack whose top is the front of an array, pushed with `unshift` and popped with `shift`.
 * Time: O(n·depth), O(n²) in the worst case, n = s.length: `unshift` moves every element already
 * stored, and so does `shift` once the array is large (V8 trims small arrays in place but copies
 * large ones).
 * exposed by: one deep nest (n/2 openers then their closers), the bench's own input; side-by-side
 *   pairs keep the array short and cost O(n).
 *
 * Reading the top as `stack[0]` feels natural to people who draw stacks top-down; the array then
 * has to be shifted for every push and pop.
 */
export function isBalanced(s: string): boolean {
  const closerFor: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const expected: string[] = [];
  for (const c of s) {
    const closer = closerFor[c];
    if (closer !== undefined) {
      expected.unshift(closer);
    } else if (expected.length === 0 || expected[0] !== c) {
      return false;
    } else {
      expected.shift();
    }
  }
  return expected.length === 0;
}
