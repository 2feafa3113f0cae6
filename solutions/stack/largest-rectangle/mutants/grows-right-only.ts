// Mutant: grows each bar's rectangle to the right only, forgetting that it can also extend to
// the left: [1, 3, 2] gives 3 instead of 4 (height 2 over the last two bars).
export function largestRectangle(heights: readonly number[]): number {
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    let right = i;
    while (right < heights.length - 1 && heights[right + 1]! >= heights[i]!) right++;
    best = Math.max(best, heights[i]! * (right - i + 1));
  }
  return best;
}
