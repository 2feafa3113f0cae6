// Mutant: an off-by-one in the DP never lets a word end on the last character, unless the string is empty.
export function wordBreak(s: string, words: readonly string[]): boolean {
  const dictionary = new Set(words);
  const ok = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let end = 1; end < s.length; end++) {
    for (let start = 0; start < end; start++) {
      if (ok[start] && dictionary.has(s.slice(start, end))) {
        ok[end] = true;
        break;
      }
    }
  }
  if (s.length > 0) {
    for (let start = 0; start < s.length - 1; start++) {
      if (ok[start] && dictionary.has(s.slice(start))) return true;
    }
  }
  return ok[s.length]!;
}
