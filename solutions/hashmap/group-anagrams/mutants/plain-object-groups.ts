// Mutant: collects the groups in a plain object. Object keys that look like integers (a word of
// digits sorts to one, e.g. "12") are enumerated first and in numeric order, so those groups jump
// ahead of groups that appeared earlier.
export function groupAnagrams(words: readonly string[]): string[][] {
  const groups: Record<string, string[]> = {};
  for (const word of words) {
    const key = word.split('').sort().join('');
    (groups[key] ??= []).push(word);
  }
  return Object.values(groups);
}
