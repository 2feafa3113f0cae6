/**
 * slow: mismatch-pruned backtracking (explicit stack, a Set of "r,c" keys for the current path) with no check that the board holds the word's letters.
 * Time: O(cells) on random boards, but O(cells·3^|word|) when long prefixes of the word match
 * everywhere and the word still fails, because nothing rules the word out before searching.
 * exposed by: a board of all `a` with the word `aaa…ab` (the `b` is never there, every path of a's is tried).
 *
 * This is the usual interview answer (right letter, not on the path, try the 4 neighbours),
 * written with an explicit stack so that a 5 000-cell corridor does not overflow the call stack.
 */
export function wordSearch(board: readonly string[], word: string): boolean {
  if (word.length === 0) return true;
  const rows = board.length;
  const cols = rows === 0 ? 0 : board[0]!.length;
  const steps: readonly (readonly [number, number])[] = [[0, 1], [1, 0], [0, -1], [-1, 0]];
  for (let r0 = 0; r0 < rows; r0++) {
    for (let c0 = 0; c0 < cols; c0++) {
      if (board[r0]![c0] !== word[0]) continue;
      if (word.length === 1) return true;
      const onPath = new Set<string>([`${r0},${c0}`]);
      const frames: { r: number; c: number; next: number }[] = [{ r: r0, c: c0, next: 0 }];
      while (frames.length > 0) {
        const top = frames[frames.length - 1]!;
        if (top.next === steps.length) {
          onPath.delete(`${top.r},${top.c}`);
          frames.pop();
          continue;
        }
        const [dr, dc] = steps[top.next++]!;
        const nr = top.r + dr;
        const nc = top.c + dc;
        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
        if (board[nr]![nc] !== word[frames.length] || onPath.has(`${nr},${nc}`)) continue;
        if (frames.length === word.length - 1) return true;
        onPath.add(`${nr},${nc}`);
        frames.push({ r: nr, c: nc, next: 0 });
      }
    }
  }
  return false;
}
