import { describe, expect } from 'vitest';
import { fc, it } from '#kit/testing';
import { countIslands } from './count-islands.ts';

/** Independent oracle for small grids: recursive flood fill from every unvisited land cell. */
function floodFillCount(grid: readonly string[]): number {
  const seen = new Set<string>();
  const sink = (row: number, col: number): void => {
    if (row < 0 || row >= grid.length || col < 0 || col >= grid[row]!.length) return;
    if (grid[row]![col] !== '1' || seen.has(`${row},${col}`)) return;
    seen.add(`${row},${col}`);
    sink(row - 1, col);
    sink(row + 1, col);
    sink(row, col - 1);
    sink(row, col + 1);
  };
  let count = 0;
  grid.forEach((line, row) => {
    for (let col = 0; col < line.length; col++) {
      if (line[col] === '1' && !seen.has(`${row},${col}`)) {
        count++;
        sink(row, col);
      }
    }
  });
  return count;
}

const transpose = (grid: readonly string[]): string[] =>
  grid.length === 0 ? [] : Array.from({ length: grid[0]!.length }, (_, col) => grid.map((line) => line[col]).join(''));

/** Grids of 1..8 × 1..8 cells with a random share of land, from almost empty to almost full. */
const grids = fc
  .record({ height: fc.integer({ min: 1, max: 8 }), width: fc.integer({ min: 1, max: 8 }), landPercent: fc.integer({ min: 0, max: 100 }) })
  .chain(({ height, width, landPercent }) =>
    fc.array(
      fc.array(fc.integer({ min: 0, max: 99 }).map((roll) => (roll < landPercent ? '1' : '0')), { minLength: width, maxLength: width }).map((cells) => cells.join('')),
      { minLength: height, maxLength: height },
    ),
  );

describe('countIslands examples', () => {
  it('finds no island in an empty grid or a grid of empty rows', () => {
    expect(countIslands([])).toBe(0);
    expect(countIslands(['', ''])).toBe(0);
  });
  it('counts a single cell', () => {
    expect(countIslands(['0'])).toBe(0);
    expect(countIslands(['1'])).toBe(1);
  });
  it('counts a solid block once', () => {
    expect(countIslands(['11', '11'])).toBe(1);
  });
  it('does not join cells that only touch at a corner', () => {
    expect(countIslands(['10', '01'])).toBe(2);
    expect(countIslands(['010', '101', '010'])).toBe(4);
  });
  it('counts the classic three islands', () => {
    expect(countIslands(['11000', '11000', '00100', '00011'])).toBe(3);
  });
  it('counts a ring around a lake as one island', () => {
    expect(countIslands(['111', '101', '111'])).toBe(1);
  });
  it('joins the arms of a U and of an upside-down U', () => {
    expect(countIslands(['101', '101', '111'])).toBe(1);
    expect(countIslands(['111', '101', '101'])).toBe(1);
    expect(countIslands(['1101', '0101', '0111'])).toBe(1);
  });
  it('reaches the last row and the last column', () => {
    expect(countIslands(['000', '000', '001'])).toBe(1);
    expect(countIslands(['0001', '0000'])).toBe(1);
    expect(countIslands(['1010101'])).toBe(4);
    expect(countIslands(['1', '0', '1', '1'])).toBe(2);
  });
  it('counts one island in a 1000×1000 grid of land without overflowing the call stack', () => {
    const grid = Array.from({ length: 1000 }, () => '1'.repeat(1000));
    expect(countIslands(grid)).toBe(1);
  });
  it('counts one island in a single row of 100 000 land cells', () => {
    expect(countIslands(['1'.repeat(100_000)])).toBe(1);
  });
});

describe('countIslands properties', () => {
  it.prop([grids])('agrees with a flood fill', (grid) => {
    const expected = floodFillCount(grid);
    expect(countIslands([...grid])).toBe(expected);
  });

  it.prop([grids])('gives the same count for the grid transposed and mirrored', (grid) => {
    const count = countIslands([...grid]);
    expect(countIslands(transpose(grid)), 'transposed').toBe(count);
    expect(countIslands([...grid].reverse()), 'upside down').toBe(count);
    expect(countIslands(grid.map((line) => [...line].reverse().join(''))), 'mirrored left to right').toBe(count);
  });

  it.prop([fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.array(fc.boolean(), { minLength: 36, maxLength: 36 })])(
    'counts every planted single-cell island when no two touch',
    (halfHeight, halfWidth, planted) => {
      let expected = 0;
      const grid = Array.from({ length: 2 * halfHeight - 1 }, (_, row) =>
        Array.from({ length: 2 * halfWidth - 1 }, (_, col) => {
          const land = row % 2 === 0 && col % 2 === 0 && planted[(row / 2) * 6 + col / 2]!;
          if (land) expected++;
          return land ? '1' : '0';
        }).join(''),
      );
      expect(countIslands(grid), grid.join('\n')).toBe(expected);
    },
  );

  it.prop([grids])('does not modify its input', (grid) => {
    const before = [...grid];
    countIslands(Object.freeze(grid));
    expect(grid).toEqual(before);
  });
});
