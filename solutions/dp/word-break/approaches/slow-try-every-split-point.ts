/**
 * slow: the textbook DP that, for every end position i, tries every earlier cut j and looks `s.slice(j, i)` up in a Set.
 * Time O(n³) character work, n = s.length: O(n²) (j, i) pairs, each hashing a substring of up
 * to n characters, although no word is longer than L.
 * exposed by: long strings that are almost cuttable (every prefix reachable, e.g. `aaa…ab` with short words), even with a tiny dictionary.
 *
 * It ignores the word lengths entirely, so the inner loop runs over all of the prefix.
 */
export function wordBreak(s: string, words: readonly string[]): boolean {
  const dictionary = new Set(words);
  const can: boolean[] = [true];
  for (let i = 1; i <= s.length; i++) {
    can.push(false);
    for (let j = 0; j < i; j++) {
      if (can[j] && dictionary.has(s.slice(j, i))) {
        can[i] = true;
        break;
      }
    }
  }
  return can[s.length]!;
}
