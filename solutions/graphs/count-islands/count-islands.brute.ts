/**
 * Brute force: relabelling sweeps. Give every land cell its own label (its cell number), then
 * sweep the grid in reading order, replacing each label by the smallest label among the cell and
 * its land neighbours, until a sweep changes nothing. Every island then carries its smallest
 * label everywhere; count the distinct labels. Correct and loop-only (no recursion), but a
 * label travels right or down a whole row or column in one sweep and only one cell left or up
 * per sweep, so the number of sweeps grows with the length of the island's winding path:
 * O(cells × diameter), O(cells²) on a serpentine island.
 */
export function countIslands(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  const label = new Int32Array(height * width).fill(-1);
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) if (grid[row]![col] === '1') label[row * width + col] = row * width + col;
  }

  let changed = true;
  while (changed) {
    changed = false;
    for (let row = 0; row < height; row++) {
      for (let col = 0; col < width; col++) {
        const cell = row * width + col;
        if (label[cell] === -1) continue;
        let smallest = label[cell]!;
        if (row > 0 && label[cell - width] !== -1) smallest = Math.min(smallest, label[cell - width]!);
        if (row + 1 < height && label[cell + width] !== -1) smallest = Math.min(smallest, label[cell + width]!);
        if (col > 0 && label[cell - 1] !== -1) smallest = Math.min(smallest, label[cell - 1]!);
        if (col + 1 < width && label[cell + 1] !== -1) smallest = Math.min(smallest, label[cell + 1]!);
        if (smallest < label[cell]!) {
          label[cell] = smallest;
          changed = true;
        }
      }
    }
  }

  const distinct = new Set<number>();
  for (const value of label) if (value !== -1) distinct.add(value);
  return distinct.size;
}
