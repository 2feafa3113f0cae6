import { describe, expect } from 'vitest';
import { it, numbersOf } from '#kit/testing';
import meta from './meta.ts';
import { nQueens } from './n-queens.ts';

/** Validity checker: `cols[row]` is the column of the queen in that row (so rows never clash). */
function isPeaceful(cols: readonly number[]): boolean {
  for (let a = 0; a < cols.length; a++) {
    for (let b = a + 1; b < cols.length; b++) {
      if (cols[a] === cols[b]) return false;
      if (Math.abs(cols[a]! - cols[b]!) === b - a) return false;
    }
  }
  return true;
}

/** Independent oracle for small n: try every column permutation and count the peaceful ones. */
function countByPermutations(n: number): number {
  let count = 0;
  const cols: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  const place = (): void => {
    if (cols.length === n) {
      if (isPeaceful(cols)) count++;
      return;
    }
    for (let c = 0; c < n; c++) {
      if (used[c]) continue;
      used[c] = true;
      cols.push(c);
      place();
      cols.pop();
      used[c] = false;
    }
  };
  place();
  return count;
}

describe('nQueens examples', () => {
  it('counts one (empty) placement on the empty board', () => {
    expect(nQueens(0)).toBe(1);
  });
  it('places a single queen on a 1×1 board', () => {
    expect(nQueens(1)).toBe(1);
  });
  it('finds no placement on 2×2 and 3×3 boards', () => {
    expect(nQueens(2), 'n = 2').toBe(0);
    expect(nQueens(3), 'n = 3').toBe(0);
  });
  it('finds the two mirror-image placements on a 4×4 board', () => {
    expect(isPeaceful([1, 3, 0, 2]) && isPeaceful([2, 0, 3, 1]), 'the two 4×4 boards are valid').toBe(true);
    expect(nQueens(4)).toBe(2);
  });
  it('matches the known counts from 5 to 10', () => {
    const known: [number, number][] = [[5, 10], [6, 4], [7, 40], [8, 92], [9, 352], [10, 724]];
    for (const [n, count] of known) expect(nQueens(n), `nQueens(${n})`).toBe(count);
  });
});

describe('nQueens properties', () => {
  // n has few values, so a few dozen runs cover them all. The domain goes to 13; the oracle tries
  // n! permutations, so it stops at 7 (the examples go to 10).
  it.prop([numbersOf(meta.domain.n, { max: 7 })], { numRuns: 40 })('equals the number of column permutations with no diagonal clash', (n) => {
    expect(nQueens(n), `placements on a ${n}×${n} board`).toBe(countByPermutations(n));
  });

  it.prop([numbersOf(meta.domain.n, { min: 2, max: 8 })], { numRuns: 40 })('is even from n = 2 on, because every placement has a distinct mirror image', (n) => {
    expect(nQueens(n) % 2, `nQueens(${n}) is even`).toBe(0);
  });
});
