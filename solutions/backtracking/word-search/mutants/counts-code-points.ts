// Mutant: checks first that the board holds enough of each letter, but counts the word with
// `for…of`, which walks code points: '😀' counts as one letter that no single cell holds, so
// ['a😀'] with 'a😀' (a, \uD83D, \uDE00 side by side) answers false.
export function wordSearch(board: readonly string[], word: string): boolean {
  if (word.length === 0) return true;
  const rows = board.length;
  const cols = rows === 0 ? 0 : board[0]!.length;

  const have = new Map<string, number>();
  for (const row of board) for (let c = 0; c < cols; c++) have.set(row[c]!, (have.get(row[c]!) ?? 0) + 1);
  for (const ch of word) {
    const left = (have.get(ch) ?? 0) - 1;
    if (left < 0) return false;
    have.set(ch, left);
  }

  const visited = new Uint8Array(rows * cols);
  const from = (r: number, c: number, i: number): boolean => {
    if (r < 0 || c < 0 || r >= rows || c >= cols) return false;
    if (visited[r * cols + c] || board[r]![c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    visited[r * cols + c] = 1;
    const found = from(r + 1, c, i + 1) || from(r - 1, c, i + 1) || from(r, c + 1, i + 1) || from(r, c - 1, i + 1);
    visited[r * cols + c] = 0;
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (from(r, c, 0)) return true;
  return false;
}
