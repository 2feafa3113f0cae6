/**
 * Brute force: delete an adjacent matched pair (`()`, `[]` or `{}`) and repeat until none is
 * left; the string is balanced iff it ends up empty. The first idea most people have, and
 * correct: a balanced string always contains an adjacent pair whose removal keeps it balanced.
 *
 * Each deletion shifts everything after it, O(n), and there are up to n/2 deletions: O(n²). On
 * a deep nest only the innermost pair is ever adjacent, so every deletion happens in the middle
 * and the whole closing half moves each time. (After a deletion the search resumes just before
 * the gap, since nothing earlier changed: the cost is the shifting, not the search.)
 */
export function isBalanced(s: string): boolean {
  const chars = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) chars[i] = s.charCodeAt(i);
  const partner: Record<number, number> = { 41: 40, 93: 91, 125: 123 }; // ) ( ] [ } {
  let length = chars.length;
  let i = 0;
  while (i < length) {
    const opener = partner[chars[i]!];
    if (opener === undefined) {
      i++;
      continue;
    }
    // chars[i] is the first closing bracket: it must close its left neighbour.
    if (i === 0 || chars[i - 1] !== opener) return false;
    chars.copyWithin(i - 1, i + 1, length); // delete the pair, shifting the tail left by two
    length -= 2;
    i -= 1;
  }
  return length === 0;
}
