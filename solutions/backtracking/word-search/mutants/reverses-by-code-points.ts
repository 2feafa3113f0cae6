// Mutant: searches from the rarer end by reversing the word with `[...word].reverse()`, which
// reverses code points and keeps each surrogate pair in order, so it searches a different string:
// ['a😀', 'a##'] with 'a😀' (a, \uD83D, \uDE00) reverses to '😀a' instead of '\uDE00\uD83Da' and
// answers false.
export function wordSearch(board: readonly string[], word: string): boolean {
  if (word.length === 0) return true;
  const rows = board.length;
  const cols = rows === 0 ? 0 : board[0]!.length;
  if (word.length > rows * cols) return false;

  const count = (units: string, ch: string): number => units.split(ch).length - 1;
  const cells = board.join('');
  const w = count(cells, word[word.length - 1]!) < count(cells, word[0]!) ? [...word].reverse().join('') : word;

  const visited = new Uint8Array(rows * cols);
  const from = (r: number, c: number, i: number): boolean => {
    if (r < 0 || c < 0 || r >= rows || c >= cols) return false;
    if (visited[r * cols + c] || board[r]![c] !== w[i]) return false;
    if (i === w.length - 1) return true;
    visited[r * cols + c] = 1;
    const found = from(r + 1, c, i + 1) || from(r - 1, c, i + 1) || from(r, c + 1, i + 1) || from(r, c - 1, i + 1);
    visited[r * cols + c] = 0;
    return found;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (from(r, c, 0)) return true;
  return false;
}
