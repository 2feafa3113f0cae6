/**
 * optimal: breadth-first search over cut positions, trying from each reached position only the word lengths the dictionary has, with words hashed by length.
 * Time O(n·K·L), n = s.length, K = number of distinct word lengths, L = the longest word: each
 * position is dequeued once, and for each length one substring is hashed (O(L)); K ≤ L, and K is
 * a constant of the dictionary (2 on the bench).
 *
 * Position p is reached when s[0..p) is a concatenation of words; the answer is whether s.length
 * is reached. A `reached` flag per position keeps every position from being expanded twice.
 */
export function wordBreak(s: string, words: readonly string[]): boolean {
  const dictionary = new Set(words);
  const lengths = [...new Set(words.map((w) => w.length))];
  const n = s.length;
  const reached = new Uint8Array(n + 1);
  const queue = new Int32Array(n + 1);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  reached[0] = 1;
  while (head < tail) {
    const p = queue[head++]!;
    if (p === n) return true;
    for (const len of lengths) {
      const q = p + len;
      if (q > n || reached[q] || !dictionary.has(s.slice(p, q))) continue;
      reached[q] = 1;
      queue[tail++] = q;
    }
  }
  return false;
}
