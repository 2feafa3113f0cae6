// Mutant: never pops the bars still on the stack after the last bar (no height-0 sentinel), so
// rectangles that reach the right end are missed: [1, 2, 3] gives 0.
export function largestRectangle(heights: readonly number[]): number {
  const rising: number[] = [];
  let best = 0;
  for (let i = 0; i < heights.length; i++) {
    while (rising.length > 0 && heights[rising[rising.length - 1]!]! >= heights[i]!) {
      const height = heights[rising.pop()!]!;
      const width = rising.length === 0 ? i : i - rising[rising.length - 1]! - 1;
      best = Math.max(best, height * width);
    }
    rising.push(i);
  }
  return best;
}
