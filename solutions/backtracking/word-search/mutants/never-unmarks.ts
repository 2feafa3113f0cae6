// Mutant: marks cells as visited but never unmarks them on the way back, so a cell tried by an
// abandoned path stays blocked for every later path and some true answers are missed.
export function wordSearch(board: readonly string[], word: string): boolean {
  if (word.length === 0) return true;
  const rows = board.length;
  const cols = rows === 0 ? 0 : board[0]!.length;
  const visited = new Set<number>();
  const from = (r: number, c: number, i: number): boolean => {
    if (r < 0 || c < 0 || r >= rows || c >= cols) return false;
    if (visited.has(r * cols + c) || board[r]![c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    visited.add(r * cols + c);
    return from(r - 1, c, i + 1) || from(r + 1, c, i + 1) || from(r, c - 1, i + 1) || from(r, c + 1, i + 1);
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (from(r, c, 0)) return true;
  return false;
}
