// Mutant: keys each word by a 26-slot count of `a`..`z`. Any other character indexes outside the
// slots, lands on a property `join` ignores, and drops out of the key: `"B"` groups with `""`,
// and `"aB"` with `"a"`.
export function groupAnagrams(words: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const counts: number[] = new Array(26).fill(0);
    for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) - 97]!++;
    const key = counts.join(',');
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}
