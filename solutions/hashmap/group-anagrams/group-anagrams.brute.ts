/**
 * Brute force: compare each word with the first word of every group found so far, by counting
 * characters. Correct, and the answer most candidates state first, but O(n·groups·L) time: when
 * most words start a group of their own, that is quadratic in n.
 */
function areAnagrams(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const counts = new Map<string, number>();
  for (const ch of a) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  for (const ch of b) {
    const left = (counts.get(ch) ?? 0) - 1;
    if (left < 0) return false;
    counts.set(ch, left);
  }
  return true;
}

export function groupAnagrams(words: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (const word of words) {
    const group = groups.find((g) => areAnagrams(g[0]!, word));
    if (group) group.push(word);
    else groups.push([word]);
  }
  return groups;
}
