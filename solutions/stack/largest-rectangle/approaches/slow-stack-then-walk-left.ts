/**
 * slow: an increasing stack finds each bar's right limit when the bar is popped, but the left limit is found by walking left bar by bar.
 * Time: O(n + Σ left walks), O(n²) in the worst case, n = heights.length; O(n) when each bar's
 * left neighbour is lower (rising heights: every walk stops after one step).
 * exposed by: descending heights or all-equal bars: each walk runs back to the start.
 *
 * Half of the monotonic-stack insight: the popping bar is rightly seen as the first lower bar on
 * the right, but the entry below the popped one on the stack, which is exactly the first lower
 * bar on the left, goes unused.
 */
export function largestRectangle(heights: readonly number[]): number {
  const n = heights.length;
  const rising: number[] = [];
  let best = 0;
  for (let i = 0; i <= n; i++) {
    const h = i === n ? 0 : heights[i]!;
    while (rising.length > 0 && heights[rising[rising.length - 1]!]! >= h) {
      const bar = rising.pop()!;
      const height = heights[bar]!;
      let left = bar;
      while (left > 0 && heights[left - 1]! >= height) left--;
      const area = height * (i - left);
      if (area > best) best = area;
    }
    rising.push(i);
  }
  return best;
}
