// Mutant: the textbook recursive flood fill. Correct counts, but a 1000×1000 island means a
// million nested calls and the call stack overflows.
export function countIslands(grid: readonly string[]): number {
  const height = grid.length;
  const width = height === 0 ? 0 : grid[0]!.length;
  const seen = new Uint8Array(height * width);
  const sink = (row: number, col: number): void => {
    if (row < 0 || row >= height || col < 0 || col >= width) return;
    if (seen[row * width + col] || grid[row]![col] !== '1') return;
    seen[row * width + col] = 1;
    sink(row - 1, col);
    sink(row + 1, col);
    sink(row, col - 1);
    sink(row, col + 1);
  };
  let islands = 0;
  for (let row = 0; row < height; row++) {
    for (let col = 0; col < width; col++) {
      if (!seen[row * width + col] && grid[row]![col] === '1') {
        islands++;
        sink(row, col);
      }
    }
  }
  return islands;
}
