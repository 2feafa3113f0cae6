// Deterministic heavy examples use vitest's own `test`, which runs once; fast-check's `it` would
// repeat a plain example as a property numRuns times.
import { describe, expect, test } from 'vitest';
import { fc, it } from '#kit/testing';
import { gridShortestPath } from './grid-shortest-path.ts';

/**
 * Independent oracle: Bellman-Ford style relaxation. Every open cell's distance is lowered to
 * one more than its best open neighbour until nothing changes. Slow, obviously right.
 */
function relaxedDistance(grid: readonly string[]): number {
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  if (cols === 0 || grid[0]![0] === '#' || grid[rows - 1]![cols - 1] === '#') return -1;
  const dist = grid.map((row) => [...row].map(() => Infinity));
  dist[0]![0] = 0;
  let changed = true;
  while (changed) {
    changed = false;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (grid[r]![c] === '#') continue;
        const best = Math.min(
          r > 0 ? dist[r - 1]![c]! : Infinity,
          r + 1 < rows ? dist[r + 1]![c]! : Infinity,
          c > 0 ? dist[r]![c - 1]! : Infinity,
          c + 1 < cols ? dist[r]![c + 1]! : Infinity,
        );
        if (best + 1 < dist[r]![c]!) {
          dist[r]![c] = best + 1;
          changed = true;
        }
      }
    }
  }
  const d = dist[rows - 1]![cols - 1]!;
  return d === Infinity ? -1 : d;
}

/** Serpentine maze: open even rows, odd rows walled except one gap at alternating ends. */
function serpentine(height: number, width: number): string[] {
  return Array.from({ length: height }, (_, r) =>
    r % 2 === 0 ? '.'.repeat(width) : r % 4 === 1 ? '#'.repeat(width - 1) + '.' : '.' + '#'.repeat(width - 1),
  );
}

/** Random grids up to 8×8, about one wall in three; shrinking opens cells up. */
const grids = fc
  .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(fc.constantFrom('.', '.', '#'), { minLength: cols, maxLength: cols }).map((cells) => cells.join('')), {
      minLength: rows,
      maxLength: rows,
    }),
  );

/** Mostly-walled grids with a random staircase (right/down moves only) carved from corner to corner. */
const carvedStaircases = fc
  .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), fc.array(fc.boolean(), { maxLength: 20 }), fc.array(fc.boolean(), { minLength: 100, maxLength: 100 }))
  .map(([rows, cols, moves, noise]) => {
    const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => (noise[r * 10 + c] ? '.' : '#')));
    let r = 0;
    let c = 0;
    cells[0]![0] = '.';
    for (let i = 0; r < rows - 1 || c < cols - 1; i++) {
      const goDown = c === cols - 1 || (r < rows - 1 && (moves[i % Math.max(1, moves.length)] ?? false));
      if (goDown) r++;
      else c++;
      cells[r]![c] = '.';
    }
    return cells.map((row) => row.join(''));
  });

describe('gridShortestPath examples', () => {
  it('crosses an open 2×2 grid in two steps', () => {
    expect(gridShortestPath(['..', '..'])).toBe(2);
  });
  it('returns 0 for a single open cell', () => {
    expect(gridShortestPath(['.'])).toBe(0);
  });
  it('walks along a single row', () => {
    expect(gridShortestPath(['.....'])).toBe(4);
  });
  it('walks down a single column', () => {
    expect(gridShortestPath(['.', '.', '.'])).toBe(2);
  });
  it('goes around a wall', () => {
    expect(gridShortestPath(['...', '##.', '...'])).toBe(4);
  });
  it('follows the only route through a serpentine maze', () => {
    expect(gridShortestPath(['....', '###.', '....', '.###', '....'])).toBe(13);
  });
  it('does not move diagonally', () => {
    expect(gridShortestPath(['.#', '#.'])).toBe(-1);
  });
  it('returns -1 when the start is a wall', () => {
    expect(gridShortestPath(['#.', '..'])).toBe(-1);
  });
  it('returns -1 when the end is a wall', () => {
    expect(gridShortestPath(['..', '.#'])).toBe(-1);
  });
  it('returns -1 for a single wall cell', () => {
    expect(gridShortestPath(['#'])).toBe(-1);
  });
  it('returns -1 when a wall cuts the grid in two', () => {
    expect(gridShortestPath(['..#..', '..#..', '..#..'])).toBe(-1);
  });
  it('returns -1 for a grid without cells', () => {
    expect(gridShortestPath([]), 'no rows').toBe(-1);
    expect(gridShortestPath(['', '']), 'empty rows').toBe(-1);
  });
  it('takes the shorter of two routes', () => {
    // Along the top and down the right side: 8 steps. Down the left side and around: 12.
    expect(gridShortestPath(['.....', '.###.', '.#...', '.#.#.', '...#.'])).toBe(8);
  });
  it('handles a wide, short grid and a tall, narrow grid', () => {
    expect(gridShortestPath(['..........', '#########.'])).toBe(10);
    expect(gridShortestPath(['.#', '.#', '.#', '..'])).toBe(4);
  });
  test('threads a 41×41 serpentine maze', () => {
    // 20 wall rows crossed, plus 21 open rows walked end to end (the last one is entered on the left).
    expect(gridShortestPath(serpentine(41, 41))).toBe(40 + 21 * 40);
  });
});

describe('gridShortestPath properties', () => {
  it.prop([grids])('matches the shortest distance found by exhaustive relaxation', (grid) => {
    expect(gridShortestPath(Object.freeze(grid))).toBe(relaxedDistance(grid));
  });

  it.prop([carvedStaircases])('needs exactly rows + cols - 2 steps when a staircase path exists', (grid) => {
    expect(gridShortestPath(Object.freeze(grid))).toBe(grid.length + grid[0]!.length - 2);
  });

  it.prop([fc.integer({ min: 1, max: 9 }).map((k) => 2 * k + 1), fc.integer({ min: 2, max: 12 })])(
    'walks every open row of a serpentine maze',
    (height, width) => {
      // Every open row is walked end to end, except a last row entered through a right-hand gap.
      const walkedRows = (height + 1) / 2 - ((height - 2) % 4 === 1 ? 1 : 0);
      expect(gridShortestPath(Object.freeze(serpentine(height, width)))).toBe(height - 1 + walkedRows * (width - 1));
    },
  );

  it.prop([grids])('gives the same answer for the grid turned upside down and mirrored', (grid) => {
    const turned = grid.map((row) => [...row].reverse().join('')).reverse();
    expect(gridShortestPath(turned), 'a path reversed is a path').toBe(gridShortestPath(grid));
  });

  it.prop([grids])('does not modify the grid', (grid) => {
    const before = [...grid];
    gridShortestPath(Object.freeze(grid));
    expect(grid).toEqual(before);
  });
});
