// Mutant: builds each key from `[...word]`, which splits by code point, not by code unit. A
// surrogate pair then sorts as one piece, so two words with the same code units in another order
// get different keys: `"\uD83E\uDE00\uD83D"` and `"\uD83D\uDE00\uD83E"` land in two groups.
export function groupAnagrams(words: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const key = [...word].sort().join('');
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}
