/**
 * Brute force: compare each word with the first word of every group found so far, by counting
 * code units. Correct, and the answer most candidates state first, but O(n·groups·L) time: when
 * most words start a group of their own, that is quadratic in n.
 */
function areAnagrams(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  // Code units, as the rules say (`for…of` would walk code points and pair surrogates up).
  const counts = new Map<number, number>();
  for (let i = 0; i < a.length; i++) counts.set(a.charCodeAt(i), (counts.get(a.charCodeAt(i)) ?? 0) + 1);
  for (let i = 0; i < b.length; i++) {
    const unit = b.charCodeAt(i);
    const left = (counts.get(unit) ?? 0) - 1;
    if (left < 0) return false;
    counts.set(unit, left);
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
