/**
 * slow: computes the sorted-letters key of each word, but finds its group by searching a plain array of the keys seen so far with indexOf.
 * Time: O(n·groups) string comparisons; when most words start their own group (the bench: about 7n/8 groups) that is O(n²); n = words.length, words of fixed length.
 * exposed by: mostly non-anagram words, as in the bench.
 */
export function groupAnagrams(words: readonly string[]): string[][] {
  const keys: string[] = [];
  const groups: string[][] = [];
  for (const word of words) {
    const key = word.split('').sort().join('');
    // A linear search where a Map lookup belongs.
    const at = keys.indexOf(key);
    if (at === -1) {
      keys.push(key);
      groups.push([word]);
    } else {
      groups[at]!.push(word);
    }
  }
  return groups;
}
