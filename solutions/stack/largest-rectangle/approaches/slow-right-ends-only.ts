/**
 * slow: only a bar followed by a lower one (or the last bar) can end a best rectangle, so scan left from each such bar with a running minimum.
 * Time: O(n·k), k = number of drops (bars higher than their right neighbour, plus the last bar),
 * O(n²) in the worst case, n = heights.length; O(n) on rising heights, where only the last bar
 * qualifies.
 * exposed by: descending heights, or any sawtooth with many drops (random heights have about n/2).
 *
 * The pruning is sound: a rectangle ending at bar r with h[r] <= h[r+1] can be widened by one
 * bar without losing height. It removes the bench's worst case (ascending heights, one drop)
 * but not the quadratic scan from every other right end.
 */
export function largestRectangle(heights: readonly number[]): number {
  const n = heights.length;
  let best = 0;
  for (let r = 0; r < n; r++) {
    if (r + 1 < n && heights[r]! <= heights[r + 1]!) continue;
    let low = Infinity;
    for (let l = r; l >= 0; l--) {
      if (heights[l]! < low) low = heights[l]!;
      if (low === 0) break; // nothing to the left of a zero bar can reach r
      const area = low * (r - l + 1);
      if (area > best) best = area;
    }
  }
  return best;
}
