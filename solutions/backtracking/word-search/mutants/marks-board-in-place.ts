// Mutant: marks a visited cell by writing `#` into the caller's board (and restores the row
// afterwards), the in-place trick from languages with mutable grids. The read-only input is
// written to, and a frozen board throws.
export function wordSearch(board: readonly string[], word: string): boolean {
  if (word.length === 0) return true;
  const grid = board as string[];
  const rows = grid.length;
  const cols = rows === 0 ? 0 : grid[0]!.length;
  const from = (r: number, c: number, i: number): boolean => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || grid[r]![c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    const row = grid[r]!;
    grid[r] = row.slice(0, c) + '#' + row.slice(c + 1);
    const found = from(r - 1, c, i + 1) || from(r + 1, c, i + 1) || from(r, c - 1, i + 1) || from(r, c + 1, i + 1);
    grid[r] = row;
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (from(r, c, 0)) return true;
  return false;
}
