/**
 * Reference: bucket every word under a canonical key, its code units in sorted order.
 *
 * Two words are anagrams exactly when their sorted code units are equal, so the key sends every
 * anagram to the same bucket and nothing else. A Map iterates in insertion order, so buckets come
 * out in the order their first word appeared, and pushing keeps each bucket in input order.
 * (A plain object would not: it enumerates integer-like keys such as "12" first.)
 *
 * Complexity: O(L log L) per word of length L for the key, O(1) expected per Map operation:
 * O(n · L log L) in all, which is O(n) for words of a fixed length. O(n·L) extra memory.
 */
export function groupAnagrams(words: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    // split('') yields UTF-16 code units, and the default sort compares them by code unit.
    const key = word.split('').sort().join('');
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}
