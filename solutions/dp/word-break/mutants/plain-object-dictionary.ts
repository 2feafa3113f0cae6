// Mutant: keeps the dictionary in a plain object (`dictionary[word] = true`, then
// `dictionary[piece]`): a piece such as 'constructor' or '__proto__' finds a property every
// object inherits, so wordBreak('constructor', []) is true instead of false.
export function wordBreak(s: string, words: readonly string[]): boolean {
  const dictionary: Record<string, boolean> = {};
  for (const word of words) dictionary[word] = true;
  const ok: boolean[] = [true];
  for (let end = 1; end <= s.length; end++) {
    ok[end] = false;
    for (let start = 0; start < end; start++) {
      if (ok[start] && dictionary[s.slice(start, end)]) {
        ok[end] = true;
        break;
      }
    }
  }
  return ok[s.length]!;
}
