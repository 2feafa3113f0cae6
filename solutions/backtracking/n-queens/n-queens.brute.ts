/**
 * Brute force: one queen per row and per column means a placement is a permutation of the
 * columns, so try every permutation and check the diagonals only once it is complete. Correct,
 * and the first idea many people state, but it pays for all n! permutations (each checked in up
 * to O(n²)), where the backtracking search abandons a conflict as soon as it appears.
 */
export function nQueens(n: number): number {
  const cols = new Int32Array(n);
  for (let i = 0; i < n; i++) cols[i] = i;
  let count = 0;

  const peaceful = (): boolean => {
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const gap = cols[a]! - cols[b]!;
        if (gap === b - a || gap === a - b) return false;
      }
    }
    return true;
  };

  // Heap's algorithm, iterative: visits every permutation of `cols` exactly once.
  const c = new Int32Array(n);
  if (peaceful()) count++;
  let i = 1;
  while (i < n) {
    if (c[i]! < i) {
      const j = i % 2 === 0 ? 0 : c[i]!;
      const t = cols[j]!;
      cols[j] = cols[i]!;
      cols[i] = t;
      if (peaceful()) count++;
      c[i]!++;
      i = 1;
    } else {
      c[i] = 0;
      i++;
    }
  }
  return count;
}
