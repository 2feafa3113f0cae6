/**
 * optimal: character codes in a typed array whose own prefix serves as the stack, with a top index instead of push/pop.
 * Time: O(n), n = s.length: one read and one write or comparison per character; O(n) memory.
 *
 * The characters are read as codes once. Because a stack of open brackets can never hold more
 * entries than characters read so far, the prefix `codes[0..top)` of the very array being read
 * can hold it: writing at `top` never overwrites a character not yet read. Each closer is
 * matched against the code of the opener it needs, computed arithmetically: in ASCII `)` is
 * `(` + 1, while `]` and `}` are `[` + 2 and `{` + 2.
 */
export function isBalanced(s: string): boolean {
  const n = s.length;
  if ((n & 1) === 1) return false; // an odd count can never pair up
  const codes = new Uint8Array(n);
  for (let i = 0; i < n; i++) codes[i] = s.charCodeAt(i);
  let top = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c === 40 /* ( */ || c === 91 /* [ */ || c === 123 /* { */) {
      codes[top++] = c;
      continue;
    }
    const opener = c === 41 /* ) */ ? 40 : c - 2;
    if (top === 0 || codes[top - 1] !== opener) return false;
    top--;
  }
  return top === 0;
}
