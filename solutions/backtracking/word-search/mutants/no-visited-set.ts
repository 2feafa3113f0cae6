// Mutant: never marks cells as used, so a path may step back onto a cell it already used:
// `["ab"]` spells "aba".
export function wordSearch(board: readonly string[], word: string): boolean {
  if (word.length === 0) return true;
  const rows = board.length;
  const cols = rows === 0 ? 0 : board[0]!.length;
  const from = (r: number, c: number, i: number): boolean => {
    if (r < 0 || c < 0 || r >= rows || c >= cols || board[r]![c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    return from(r - 1, c, i + 1) || from(r + 1, c, i + 1) || from(r, c - 1, i + 1) || from(r, c + 1, i + 1);
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (from(r, c, 0)) return true;
  return false;
}
