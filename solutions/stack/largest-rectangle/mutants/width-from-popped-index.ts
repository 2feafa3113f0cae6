// Mutant: measures the width from the popped bar itself (`i - popped`) instead of from the bar
// below it on the stack, so a rectangle never extends left over taller bars that were popped
// earlier: [2, 1, 2] gives 2 instead of 3.
export function largestRectangle(heights: readonly number[]): number {
  const n = heights.length;
  const rising: number[] = [];
  let best = 0;
  for (let i = 0; i <= n; i++) {
    const h = i === n ? 0 : heights[i]!;
    while (rising.length > 0 && heights[rising[rising.length - 1]!]! >= h) {
      const popped = rising.pop()!;
      best = Math.max(best, heights[popped]! * (i - popped));
    }
    rising.push(i);
  }
  return best;
}
