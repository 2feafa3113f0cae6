// Mutant: collects each group in a Set, so a word that appears twice is kept only once.
export function groupAnagrams(words: readonly string[]): string[][] {
  const groups = new Map<string, Set<string>>();
  for (const word of words) {
    const key = word.split('').sort().join('');
    const group = groups.get(key);
    if (group) group.add(word);
    else groups.set(key, new Set([word]));
  }
  return [...groups.values()].map((group) => [...group]);
}
