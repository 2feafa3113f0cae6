/**
 * slow: buckets words under a sorted-letters key in a Map, but adds a word to its group by replacing the group with a spread copy plus the word.
 * Time: O(n) when groups stay small (the bench: about 1.1 words per group), O(Σ size²) in general, O(n²) when every word is an anagram of the first; n = words.length, words of fixed length.
 * exposed by: one huge group (e.g. n shuffles of one 3-letter word, as in the bench's second family); the bench's groups of one or two words hide it.
 */
export function groupAnagrams(words: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const key = word.split('').sort().join('');
    // Re-setting an existing key keeps its place in the Map's order, so groups stay in
    // first-appearance order; the copy is what makes a group of size s cost 1 + 2 + … + s.
    groups.set(key, [...(groups.get(key) ?? []), word]);
  }
  return [...groups.values()];
}
