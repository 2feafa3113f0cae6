/**
 * Reference: depth-first search with an explicit stack, pruned three ways.
 *
 * 1. Letter counts: if the board holds fewer copies of some letter than the word needs, no path
 *    exists; O(cells + |word|) to check, and it ends hopeless searches before they start.
 * 2. Direction: the word is searched from whichever end has the rarer letter on the board (a
 *    path read backwards spells the reversed word), so fewer starts survive the first step.
 * 3. Mismatch: a path is only extended into a neighbour holding the next letter.
 *
 * Invariant of the search: cells[0..depth] is a path of distinct adjacent cells spelling
 * w[0..depth], `visited` marks exactly those cells, and dirs[k] is the next direction to try
 * from cells[k]. Popping a cell unmarks it, so a cell used by an abandoned path can be used by
 * a later one. The stack is explicit, so a path of 10 000 cells needs no 10 000 stack frames.
 *
 * Complexity: O(cells · 3^|word|) in the worst case (each step has at most 3 unvisited
 * neighbours), but O(cells) on boards where few neighbours hold the next letter.
 */
export function wordSearch(board: readonly string[], word: string): boolean {
  if (word.length === 0) return true;
  const rows = board.length;
  const cols = rows === 0 ? 0 : board[0]!.length;
  if (word.length > rows * cols) return false;

  const need = new Map<number, number>();
  for (let i = 0; i < word.length; i++) need.set(word.charCodeAt(i), (need.get(word.charCodeAt(i)) ?? 0) + 1);
  const have = new Map<number, number>();
  for (const row of board) {
    for (let c = 0; c < cols; c++) {
      const code = row.charCodeAt(c);
      if (need.has(code)) have.set(code, (have.get(code) ?? 0) + 1);
    }
  }
  for (const [code, count] of need) if ((have.get(code) ?? 0) < count) return false;

  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  // Reversed code unit by code unit (`split('')`, not `[...word]`, which keeps surrogate pairs
  // together): the path read backwards spells exactly these units.
  const w = have.get(last)! < have.get(first)! ? word.split('').reverse().join('') : word;

  const visited = new Uint8Array(rows * cols);
  const cells = new Int32Array(w.length);
  const dirs = new Uint8Array(w.length);
  const dr = [-1, 1, 0, 0];
  const dc = [0, 0, -1, 1];
  const start = w.charCodeAt(0);

  for (let s = 0; s < rows * cols; s++) {
    if (board[Math.floor(s / cols)]!.charCodeAt(s % cols) !== start) continue;
    if (w.length === 1) return true;
    let depth = 0;
    cells[0] = s;
    dirs[0] = 0;
    visited[s] = 1;
    while (depth >= 0) {
      const cell = cells[depth]!;
      if (dirs[depth] === 4) {
        visited[cell] = 0;
        depth--;
        continue;
      }
      const d = dirs[depth]!++;
      const r = Math.floor(cell / cols) + dr[d]!;
      const c = (cell % cols) + dc[d]!;
      if (r < 0 || c < 0 || r >= rows || c >= cols) continue;
      const next = r * cols + c;
      if (visited[next] || board[r]!.charCodeAt(c) !== w.charCodeAt(depth + 1)) continue;
      depth++;
      if (depth === w.length - 1) return true;
      cells[depth] = next;
      dirs[depth] = 0;
      visited[next] = 1;
    }
  }
  return false;
}
