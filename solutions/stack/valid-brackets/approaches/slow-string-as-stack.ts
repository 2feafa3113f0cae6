/**
 * slow: a stack kept in an immutable string, pushed with `+=` and popped with `slice(0, -1)`.
 * Time: O(n) when every push comes before every pop, O(n·depth) when pushes and pops alternate
 * at depth; O(n²) in the worst case, n = s.length. Appending builds a rope (V8 cons string) and
 * slicing a rope flattens it, copying the whole stack; slicing a flat string is O(1) (a view),
 * so the cost appears only when a pop follows a push.
 * exposed by: a deep prefix of openers, then many short pairs at that depth: `(`×n/4, `()`×n/4,
 *   `)`×n/4 (kinds may be random).
 *
 * Strings look like a natural stack for characters, and on the bench's deep nest (all pushes,
 * then all pops) this is as fast as an array: the pops only create views of one flat string.
 */
export function isBalanced(s: string): boolean {
  let open = '';
  for (const c of s) {
    if (c === '(' || c === '[' || c === '{') {
      open += c;
      continue;
    }
    const top = open.length === 0 ? '' : open[open.length - 1];
    const wanted = c === ')' ? '(' : c === ']' ? '[' : '{';
    if (top !== wanted) return false;
    // A fresh string per pop: a view of a flat string, but a full copy of a rope.
    open = open.slice(0, -1);
  }
  return open.length === 0;
}
