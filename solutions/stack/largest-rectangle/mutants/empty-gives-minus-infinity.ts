// Mutant: collects one area per bar and returns Math.max(...areas), which is -Infinity for an
// empty histogram.
export function largestRectangle(heights: readonly number[]): number {
  const n = heights.length;
  const areas: number[] = [];
  const rising: number[] = [];
  for (let i = 0; i <= n; i++) {
    const h = i === n ? 0 : heights[i]!;
    while (rising.length > 0 && heights[rising[rising.length - 1]!]! >= h) {
      const height = heights[rising.pop()!]!;
      areas.push(height * (rising.length === 0 ? i : i - rising[rising.length - 1]! - 1));
    }
    rising.push(i);
  }
  return Math.max(...areas);
}
