/**
 * Brute force: take every bar as the lowest bar of a rectangle and grow the rectangle left and
 * right while the neighbouring bars are at least as tall. Correct, and the answer to state
 * first, but O(n²): on ascending heights every bar grows all the way to the right end.
 */
export function largestRectangle(heights: readonly number[]): number {
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    const h = heights[i]!;
    let left = i;
    while (left > 0 && heights[left - 1]! >= h) left--;
    let right = i;
    while (right < heights.length - 1 && heights[right + 1]! >= h) right++;
    best = Math.max(best, h * (right - left + 1));
  }
  return best;
}
