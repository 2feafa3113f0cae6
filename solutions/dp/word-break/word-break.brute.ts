/**
 * Brute force: try every dictionary word that starts the rest of the string and recurse on what
 * follows, without remembering which positions already failed. Correct, and the first answer in
 * an interview, but on `aaa…ab` with words `a` and `aa` it tries every way of splitting the a's
 * (a Fibonacci number of them) before concluding that the final `b` can never be matched.
 */
export function wordBreak(s: string, words: readonly string[]): boolean {
  const canBreak = (start: number): boolean => {
    if (start === s.length) return true;
    for (const word of words) {
      if (word.length > 0 && s.startsWith(word, start) && canBreak(start + word.length)) return true;
    }
    return false;
  };
  return canBreak(0);
}
