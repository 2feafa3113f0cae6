// Mutant: keys each word by its set of letters, forgetting how often each occurs, so `"aab"`
// and `"abb"` land in the same group.
export function groupAnagrams(words: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const key = [...new Set(word.split(''))].sort().join('');
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}
