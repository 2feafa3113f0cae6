/**
 * Brute force: the recursive definition, with no memo. Equal first characters are matched for
 * free (that is always optimal); otherwise try deleting, inserting and substituting, and keep the
 * cheapest. Correct and the usual first answer, but the same pair of suffixes is reached along
 * many different edit orders, so the number of calls grows exponentially with the lengths (up to
 * the Delannoy numbers, about 5.8^n, when no characters match).
 */
export function editDistance(a: string, b: string): number {
  const distance = (i: number, j: number): number => {
    if (i === a.length) return b.length - j;
    if (j === b.length) return a.length - i;
    if (a[i] === b[j]) return distance(i + 1, j + 1);
    return 1 + Math.min(distance(i + 1, j), distance(i, j + 1), distance(i + 1, j + 1));
  };
  return distance(0, 0);
}
