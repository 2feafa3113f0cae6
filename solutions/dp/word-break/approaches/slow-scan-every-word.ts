/**
 * slow: forward DP over positions that, from every reachable position, compares every dictionary word with `startsWith`.
 * Time O(n·W·L), n = s.length, W = words, L = the longest word: W comparisons per position
 * instead of one trie walk; linear in n for a fixed dictionary, but W times the target.
 * exposed by: a large dictionary of long words sharing a prefix (e.g. 1 000 words `a…ab`, `a…ac`, …), where every comparison runs ~L characters.
 */
export function wordBreak(s: string, words: readonly string[]): boolean {
  const reachable = new Array<boolean>(s.length + 1).fill(false);
  reachable[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!reachable[i]) continue;
    for (const w of words) if (s.startsWith(w, i)) reachable[i + w.length] = true;
  }
  return reachable[s.length]!;
}
