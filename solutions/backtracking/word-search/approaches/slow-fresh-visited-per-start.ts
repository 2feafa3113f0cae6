/**
 * slow: depth-first search that allocates and clears a brand-new rows×cols visited grid for every start cell.
 * Time O(cells²), n = cells: every cell holding the first letter (a quarter of them on the
 * bench's four-letter boards) pays O(cells) to build its own visited grid, before a search that
 * itself usually dies after a letter or two.
 * exposed by: any large board on which the word is absent (every start is tried).
 *
 * The "clean state per attempt" habit: correct, but the set-up costs more than the search.
 */
export function wordSearch(board: readonly string[], word: string): boolean {
  if (word.length === 0) return true;
  const rows = board.length;
  const cols = rows === 0 ? 0 : board[0]!.length;
  const dfs = (seen: boolean[][], r: number, c: number, k: number): boolean => {
    if (k === word.length) return true;
    if (r < 0 || c < 0 || r >= rows || c >= cols || seen[r]![c] || board[r]![c] !== word[k]) return false;
    seen[r]![c] = true;
    const ok = dfs(seen, r - 1, c, k + 1) || dfs(seen, r + 1, c, k + 1) || dfs(seen, r, c - 1, k + 1) || dfs(seen, r, c + 1, k + 1);
    seen[r]![c] = false;
    return ok;
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (board[r]![c] !== word[0]) continue;
      const seen = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
      if (dfs(seen, r, c, 0)) return true;
    }
  }
  return false;
}
