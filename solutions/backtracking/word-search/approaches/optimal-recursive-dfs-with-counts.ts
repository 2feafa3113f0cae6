/**
 * optimal: recursive depth-first search from every matching cell, after a letter-count feasibility check, with cells marked in a reusable visited array.
 * Time O(cells) on the bench's random boards (n = cells): the count check is O(cells + |word|),
 * and a path dies after a letter or two on average because each step needs the next letter;
 * worst case O(cells·3^|word|).
 *
 * The count check rules out words that need more copies of a letter than the board holds,
 * which is what keeps hopeless words (e.g. one letter the board lacks) from exploring long
 * partial matches. One visited array serves every start: a cell is unmarked on the way back.
 */
export function wordSearch(board: readonly string[], word: string): boolean {
  if (word === '') return true;
  const rows = board.length;
  const cols = rows === 0 ? 0 : board[0]!.length;
  const cells = rows * cols;
  if (word.length > cells) return false;

  // Counted per UTF-16 code unit (one cell each), not per code point as `for…of` would.
  const budget = new Map<string, number>();
  for (const row of board) for (let c = 0; c < cols; c++) budget.set(row[c]!, (budget.get(row[c]!) ?? 0) + 1);
  for (let k = 0; k < word.length; k++) {
    const ch = word[k]!;
    const left = (budget.get(ch) ?? 0) - 1;
    if (left < 0) return false;
    budget.set(ch, left);
  }

  const visited = new Uint8Array(cells);
  const match = (r: number, c: number, k: number): boolean => {
    if (k === word.length) return true;
    if (r < 0 || r >= rows || c < 0 || c >= cols) return false;
    const id = r * cols + c;
    if (visited[id] || board[r]![c] !== word[k]) return false;
    if (k === word.length - 1) return true;
    visited[id] = 1;
    const ok = match(r + 1, c, k + 1) || match(r - 1, c, k + 1) || match(r, c + 1, k + 1) || match(r, c - 1, k + 1);
    visited[id] = 0;
    return ok;
  };
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (match(r, c, 0)) return true;
  return false;
}
