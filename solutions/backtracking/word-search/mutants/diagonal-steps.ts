// Mutant: steps to all eight neighbours, diagonals included, so `["ab", "cd"]` spells "ad".
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
    let found = false;
    for (let dr = -1; dr <= 1 && !found; dr++) {
      for (let dc = -1; dc <= 1 && !found; dc++) if (dr !== 0 || dc !== 0) found = from(r + dr, c + dc, i + 1);
    }
    visited.delete(r * cols + c);
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (from(r, c, 0)) return true;
  return false;
}
