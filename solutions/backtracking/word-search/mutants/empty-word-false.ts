// Mutant: searches for a cell holding the first letter even when the word is empty, so the
// empty word is reported as not found.
export function wordSearch(board: readonly string[], word: string): boolean {
  const rows = board.length;
  const cols = rows === 0 ? 0 : board[0]!.length;
  const visited = new Set<number>();
  const from = (r: number, c: number, i: number): boolean => {
    if (r < 0 || c < 0 || r >= rows || c >= cols) return false;
    if (visited.has(r * cols + c) || board[r]![c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    visited.add(r * cols + c);
    const found = from(r - 1, c, i + 1) || from(r + 1, c, i + 1) || from(r, c - 1, i + 1) || from(r, c + 1, i + 1);
    visited.delete(r * cols + c);
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (from(r, c, 0)) return true;
  return false;
}
