import { describe, expect } from 'vitest';
import { fc, it, numbersOf } from '#kit/testing';
import { countPaths } from './count-paths.ts';
import meta from './meta.ts';

const MOD = 1_000_000_007n;

/**
 * Independent oracle for small grids: try every sequence of moves with exactly rows - 1 downs
 * and cols - 1 rights (as a bit mask) and walk it, counting those that never touch a wall.
 */
function countByEnumeration(grid: readonly string[]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  if (cols === 0) return 0;
  const moves = rows - 1 + cols - 1;
  let count = 0;
  for (let mask = 0; mask < 1 << moves; mask++) {
    let downs = 0;
    for (let bit = 0; bit < moves; bit++) if (mask & (1 << bit)) downs++;
    if (downs !== rows - 1) continue;
    let r = 0;
    let c = 0;
    let ok = grid[0]![0] === '.';
    for (let bit = 0; bit < moves && ok; bit++) {
      if (mask & (1 << bit)) r++;
      else c++;
      ok = grid[r]![c] === '.';
    }
    if (ok) count++;
  }
  return count;
}

/** Independent oracle for large grids: exact counts with BigInt, reduced only at the end. */
function exactCountModulo(grid: readonly string[]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  if (cols === 0) return 0;
  const table: bigint[][] = [];
  for (let r = 0; r < rows; r++) {
    table.push([]);
    for (let c = 0; c < cols; c++) {
      let value = 0n;
      if (grid[r]![c] === '.') {
        if (r === 0 && c === 0) value = 1n;
        if (r > 0) value += table[r - 1]![c]!;
        if (c > 0) value += table[r]![c - 1]!;
      }
      table[r]!.push(value);
    }
  }
  return Number(table[rows - 1]![cols - 1]! % MOD);
}

function binomial(n: number, k: number): bigint {
  let result = 1n;
  for (let i = 0; i < k; i++) result = (result * BigInt(n - i)) / BigInt(i + 1);
  return result;
}

const openGrid = (rows: number, cols: number): string[] => Array.from({ length: rows }, () => '.'.repeat(cols));

const transpose = (grid: readonly string[]): string[] =>
  grid.length === 0 ? [] : Array.from({ length: grid[0]!.length }, (_, c) => grid.map((row) => row[c]).join(''));

/**
 * Small grids, 0..6 × 0..6 (empty grids and rows of length 0 included), with a random share of
 * walls (sometimes none, sometimes many).
 */
const smallGrid = fc
  .record({
    rows: numbersOf(meta.domain.rows, { max: 6, negativeZero: false }),
    cols: numbersOf(meta.domain.columns, { max: 6, negativeZero: false }),
    wallPercent: fc.integer({ min: 0, max: 60 }),
  })
  .chain(({ rows, cols, wallPercent }) =>
    fc
      .array(fc.array(fc.integer({ min: 0, max: 99 }).map((x) => (x < wallPercent ? '#' : '.')), { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      })
      .map((cells) => cells.map((row) => row.join(''))),
  );

/**
 * Large grids (20..45 a side, so most counts exceed 10^9 + 7 and many exceed 2^53) whose walls are
 * all inside the top-left 5 × 5 corner, away from the exit.
 */
const largeGrid = fc
  .record({
    rows: numbersOf(meta.domain.rows, { min: 20, max: 45 }),
    cols: numbersOf(meta.domain.columns, { min: 20, max: 45 }),
    walls: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 })), { maxLength: 6 }),
  })
  .map(({ rows, cols, walls }) => {
    const cells = openGrid(rows, cols).map((row) => row.split(''));
    for (const [r, c] of walls) if (r + c > 0) cells[r]![c] = '#';
    return cells.map((row) => row.join(''));
  });

describe('countPaths examples', () => {
  it('counts one path on a single open cell', () => {
    expect(countPaths(['.'])).toBe(1);
  });
  it('counts no path when the single cell is a wall', () => {
    expect(countPaths(['#'])).toBe(0);
  });
  it('counts no path on an empty grid', () => {
    expect(countPaths([]), 'no rows').toBe(0);
    expect(countPaths(['', '']), 'rows of length 0').toBe(0);
  });
  it('counts one path along a single open row or column', () => {
    expect(countPaths(['.....'])).toBe(1);
    expect(countPaths(['.', '.', '.', '.'])).toBe(1);
  });
  it('counts no path when a single row is cut by a wall', () => {
    expect(countPaths(['..#..'])).toBe(0);
  });
  it('counts the two ways through a 2 × 2 open grid', () => {
    expect(countPaths(['..', '..'])).toBe(2);
  });
  it('counts the six ways through a 3 × 3 open grid', () => {
    expect(countPaths(['...', '...', '...'])).toBe(6);
  });
  it('goes around a wall in the middle', () => {
    expect(countPaths(['...', '.#.', '...'])).toBe(2);
  });
  it('counts no path when both ways out of the start are walled', () => {
    expect(countPaths(['.#', '#.'])).toBe(0);
  });
  it('counts no path when the exit is a wall', () => {
    expect(countPaths(['..', '.#'])).toBe(0);
  });
  it('counts no path when the start is a wall', () => {
    expect(countPaths(['#.', '..'])).toBe(0);
  });
  it('does not reach cells of the first row that lie behind a wall', () => {
    expect(countPaths(['.#.', '...', '...'])).toBe(3);
    expect(countPaths(['...', '##.', '...'])).toBe(1);
  });
  it('reduces the count of an 18 × 18 open grid modulo 1 000 000 007', () => {
    // C(34, 17) = 2 333 606 220 = 2 × 1 000 000 007 + 333 606 206.
    expect(countPaths(openGrid(18, 18))).toBe(333_606_206);
  });
  it('keeps every step exact on a 60 × 60 open grid, where the raw count is far beyond 2^53', () => {
    expect(countPaths(openGrid(60, 60))).toBe(Number(binomial(118, 59) % MOD));
  });
  it('handles a long thin grid', () => {
    expect(countPaths(openGrid(2, 1000)), '2 rows: choose where to go down').toBe(1000);
  });
  it('counts the largest open grid, 1000 × 1000', () => {
    expect(countPaths(openGrid(1000, 1000))).toBe(Number(binomial(1998, 999) % MOD));
  });
});

describe('countPaths properties', () => {
  it.prop([smallGrid])('matches an enumeration of every right/down move sequence on small grids', (grid) => {
    expect(countPaths(grid)).toBe(countByEnumeration(grid));
  });

  it.prop([largeGrid])('matches the exact count modulo 1 000 000 007 on large grids', (grid) => {
    expect(countPaths(grid)).toBe(exactCountModulo(grid));
  });

  it.prop([smallGrid])('gives the same count for the transposed grid', (grid) => {
    expect(countPaths(transpose(grid))).toBe(countPaths(grid));
  });

  it.prop([smallGrid])('does not modify its input', (grid) => {
    const before = [...grid];
    countPaths(Object.freeze(grid) as readonly string[]);
    expect(grid).toEqual(before);
  });
});
