// Deterministic heavy examples use vitest's own `test`, which runs once; fast-check's `it` would
// repeat a plain example as a property numRuns times.
import { describe, expect, test } from 'vitest';
import { fc, it } from '#kit/testing';
import { minutesToSpread } from './multi-source-spread.ts';

/**
 * Independent oracle: the process itself. Each minute, every healthy cell next to a cell that
 * was infected before that minute becomes infected; stop when a minute infects nobody.
 */
function simulate(grid: readonly string[]): number {
  let cells = grid.map((row) => [...row]);
  let minutes = 0;
  for (;;) {
    const before = cells;
    cells = before.map((row) => [...row]);
    let infected = 0;
    for (let r = 0; r < before.length; r++) {
      for (let c = 0; c < before[r]!.length; c++) {
        if (before[r]![c] !== 'H') continue;
        const touching = [before[r - 1]?.[c], before[r + 1]?.[c], before[r]![c - 1], before[r]![c + 1]].includes('I');
        if (touching) {
          cells[r]![c] = 'I';
          infected++;
        }
      }
    }
    if (infected === 0) break;
    minutes++;
  }
  return cells.some((row) => row.includes('H')) ? -1 : minutes;
}

/** Random grids up to 8×8 over I, H and '.', healthy cells most common; shrinking empties cells. */
function gridsOf(cell: fc.Arbitrary<string>) {
  return fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }))
    .chain(([rows, cols]) =>
      fc.array(fc.array(cell, { minLength: cols, maxLength: cols }).map((row) => row.join('')), { minLength: rows, maxLength: rows }),
    );
}
const grids = gridsOf(fc.constantFrom('.', 'H', 'H', 'H', 'I'));
/** Few sources, few gaps: long spreads, and regularly healthy cells cut off from every source. */
const sparseSources = gridsOf(fc.constantFrom('H', 'H', 'H', 'H', 'H', 'H', '.', '.', 'I'));

/** A 1-wide corridor snaking through the grid, infected at its start. */
function serpentine(height: number, width: number): string[] {
  return Array.from({ length: height }, (_, r) =>
    r === 0 ? 'I' + 'H'.repeat(width - 1) : r % 2 === 0 ? 'H'.repeat(width) : r % 4 === 1 ? '.'.repeat(width - 1) + 'H' : 'H' + '.'.repeat(width - 1),
  );
}

describe('minutesToSpread examples', () => {
  it('spreads to the far corner of a 2×2 grid in two minutes', () => {
    expect(minutesToSpread(['IH', 'HH'])).toBe(2);
  });
  it('spreads around empty cells', () => {
    expect(minutesToSpread(['IHH', 'HH.', '.HH'])).toBe(4);
  });
  it('spreads outwards from the centre', () => {
    expect(minutesToSpread(['HHH', 'HIH', 'HHH'])).toBe(2);
  });
  it('spreads from every infected cell at once', () => {
    expect(minutesToSpread(['IHHHI'])).toBe(2);
    expect(minutesToSpread(['IHHHHHHH', '........', 'HHHHHHHI'])).toBe(7);
  });
  it('returns -1 when an empty cell blocks the way', () => {
    expect(minutesToSpread(['I.H'])).toBe(-1);
  });
  it('returns -1 when healthy cells exist but nothing is infected', () => {
    expect(minutesToSpread(['HH'])).toBe(-1);
    expect(minutesToSpread(['H'])).toBe(-1);
  });
  it('does not spread diagonally', () => {
    expect(minutesToSpread(['I.', '.H'])).toBe(-1);
  });
  it('returns 0 when nothing is healthy', () => {
    expect(minutesToSpread(['I..', '...'])).toBe(0);
    expect(minutesToSpread(['I'])).toBe(0);
  });
  it('returns 0 when nothing is healthy and nothing is infected', () => {
    expect(minutesToSpread(['...'])).toBe(0);
  });
  it('returns 0 for a grid without cells', () => {
    expect(minutesToSpread([]), 'no rows').toBe(0);
    expect(minutesToSpread(['', '']), 'empty rows').toBe(0);
  });
  test('walks the whole length of a 41×41 serpentine corridor', () => {
    // 21 full rows of 41 cells and 20 one-cell gaps: every cell is on the corridor.
    expect(minutesToSpread(serpentine(41, 41))).toBe(21 * 41 + 20 - 1);
  });
});

describe('minutesToSpread properties', () => {
  it.prop([grids])('matches a minute-by-minute simulation', (grid) => {
    expect(minutesToSpread(Object.freeze(grid))).toBe(simulate(grid));
  });

  it.prop([sparseSources])('matches a minute-by-minute simulation when sources are few', (grid) => {
    expect(minutesToSpread(Object.freeze(grid))).toBe(simulate(grid));
  });

  it.prop([fc.integer({ min: 1, max: 9 }).map((k) => 2 * k + 1), fc.integer({ min: 2, max: 12 })])(
    'takes one minute per corridor cell in a serpentine',
    (height, width) => {
      const corridor = ((height + 1) / 2) * width + (height - 1) / 2;
      expect(minutesToSpread(Object.freeze(serpentine(height, width)))).toBe(corridor - 1);
    },
  );

  it.prop([grids])('does not depend on which way the grid is mirrored', (grid) => {
    const mirrored = grid.map((row) => [...row].reverse().join(''));
    expect(minutesToSpread(mirrored)).toBe(minutesToSpread(grid));
  });

  it.prop([grids])('does not modify the grid', (grid) => {
    const before = [...grid];
    minutesToSpread(Object.freeze(grid));
    expect(grid).toEqual(before);
  });
});
