/**
 * optimal: builds each word's key by sorting its code units in a Uint16Array, and maps the key to the index of its group in a plain array of groups.
 * Time: O(n · L log L) for n words of length L, i.e. O(n) for words of a fixed length (one key and one expected-O(1) Map lookup per word); n = words.length.
 *
 * The groups array is filled in the order keys are first met, so it is already in first-appearance
 * order; the Map only stores an index. A Uint16Array sorts code units numerically, which is all
 * an anagram key needs (surrogate halves are sorted as separate units, consistently for every word).
 */
export function groupAnagrams(words: readonly string[]): string[][] {
  const groupOf = new Map<string, number>();
  const groups: string[][] = [];
  for (const word of words) {
    const units = new Uint16Array(word.length);
    for (let i = 0; i < word.length; i++) units[i] = word.charCodeAt(i);
    units.sort();
    const key = String.fromCharCode(...units);
    const at = groupOf.get(key);
    if (at === undefined) {
      groupOf.set(key, groups.length);
      groups.push([word]);
    } else {
      groups[at]!.push(word);
    }
  }
  return groups;
}
