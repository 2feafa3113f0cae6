/**
 * Reference: one pass with a stack of bar indices whose heights increase from bottom to top.
 *
 * Every maximal rectangle is as tall as its lowest bar b and spans from just after the first
 * lower bar on b's left to just before the first lower-or-equal bar on b's right (with equal
 * heights, the rightmost of them finds the full width, so ties are safe). Invariant: the bar
 * below any index on the stack is the nearest bar to its left that is lower than it. When bar i
 * is no taller than the top, i is the right limit of the top's rectangle, and the index below
 * it (after popping) is the left limit: width = i - below - 1, or i when the stack is empty.
 * A sentinel of height 0 after the last bar flushes whatever is left.
 *
 * Complexity: O(n) time, since each index is pushed and popped once; O(n) extra memory.
 */
export function largestRectangle(heights: readonly number[]): number {
  const n = heights.length;
  const rising: number[] = [];
  let best = 0;
  for (let i = 0; i <= n; i++) {
    const h = i === n ? 0 : heights[i]!;
    while (rising.length > 0 && heights[rising[rising.length - 1]!]! >= h) {
      const height = heights[rising.pop()!]!;
      const width = rising.length === 0 ? i : i - rising[rising.length - 1]! - 1;
      if (height * width > best) best = height * width;
    }
    rising.push(i);
  }
  return best;
}
