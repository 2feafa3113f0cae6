// Mutant: uses every dictionary word at most once, as if reuse were forbidden.
export function wordBreak(s: string, words: readonly string[]): boolean {
  const search = (start: number, used: Set<number>): boolean => {
    if (start === s.length) return true;
    for (let i = 0; i < words.length; i++) {
      if (used.has(i) || !s.startsWith(words[i]!, start)) continue;
      used.add(i);
      if (search(start + words[i]!.length, used)) return true;
      used.delete(i);
    }
    return false;
  };
  return search(0, new Set());
}
