/**
 * Brute force: delete adjacent matched pairs (`()`, `[]` or `{}`) until none is left; the string
 * is balanced iff nothing remains. The first idea most people have, and correct: a balanced
 * string always contains an adjacent pair, and deleting one keeps a balanced string balanced and
 * an unbalanced one unbalanced.
 *
 * The characters live in an array and each pair is removed with `splice`, which shifts every
 * later character left by two: O(n) per deletion, up to n/2 deletions, O(n²) in all. After a
 * deletion the only new neighbours are the characters either side of the gap, so the search
 * steps back one place instead of restarting. On a deep nest every pair is deleted from the
 * middle, so each deletion moves the whole remaining closing half.
 */
export function isBalanced(s: string): boolean {
  const chars = [...s];
  const opener: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
  let i = 1;
  while (i < chars.length) {
    if (chars[i - 1] === opener[chars[i]!]) {
      chars.splice(i - 1, 2);
      i = Math.max(1, i - 1);
    } else {
      i++;
    }
  }
  return chars.length === 0;
}
