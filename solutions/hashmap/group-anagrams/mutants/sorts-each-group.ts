// Mutant: sorts the words inside each group alphabetically, losing their input order
// (`["tea", "ate"]` comes out as `["ate", "tea"]`).
export function groupAnagrams(words: readonly string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const key = word.split('').sort().join('');
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()].map((group) => group.sort());
}
