/**
 * slow: for every closing bracket, walk left past already matched characters to find the opener it closes.
 * Time: O(n²) in the worst case, n = s.length: the walk from a closer skips every character
 * matched inside the pair it closes, so a pair enclosing k matched pairs costs O(k); O(n) on
 * short, side-by-side pairs.
 * exposed by: one deep nest (n/2 openers then their closers), the bench's own input.
 *
 * The idea people reach for before they see the stack: "a closer must match the nearest opener
 * to its left that is still unmatched". That is true, but finding it by walking left re-reads the
 * whole matched interior of the pair each time instead of remembering where the open ones are.
 */
export function isBalanced(s: string): boolean {
  const matched = new Uint8Array(s.length);
  const openerOf: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  for (let i = 0; i < s.length; i++) {
    const want = openerOf[s[i]!];
    if (want === undefined) continue; // an opener: it waits for a closer to find it
    let j = i - 1;
    // Skip everything already paired up; the first unmatched character must be our opener.
    while (j >= 0 && matched[j] === 1) j--;
    if (j < 0 || s[j] !== want) return false;
    matched[j] = 1;
    matched[i] = 1;
  }
  // Balanced iff every character found its partner.
  for (let i = 0; i < s.length; i++) if (matched[i] === 0) return false;
  return true;
}
