// Mutant: always takes the longest word that fits at the current position and never backtracks.
export function wordBreak(s: string, words: readonly string[]): boolean {
  const byLength = [...words].sort((a, b) => b.length - a.length);
  let position = 0;
  while (position < s.length) {
    const next = byLength.find((word) => s.startsWith(word, position));
    if (next === undefined) return false;
    position += next.length;
  }
  return true;
}
