// Mutant: keeps the stack of open rectangles as (start, height) pairs in two preallocated
// Int32Arrays. Areas are computed in doubles, so heights up to 2^31 - 1 work, but a height of
// 2^31 or more wraps to a negative number: [2147483648] gives 0 instead of 2147483648.
export function largestRectangle(heights: readonly number[]): number {
  const n = heights.length;
  const starts = new Int32Array(n + 1);
  const tall = new Int32Array(n + 1);
  let top = 0;
  let best = 0;
  for (let i = 0; i <= n; i++) {
    const h = i === n ? 0 : heights[i]!;
    let start = i;
    while (top > 0 && tall[top - 1]! >= h) {
      top--;
      const area = tall[top]! * (i - starts[top]!);
      if (area > best) best = area;
      start = starts[top]!;
    }
    starts[top] = start;
    tall[top] = h;
    top++;
  }
  return best;
}
