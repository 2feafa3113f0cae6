/**
 * optimal: two passes computing, for every bar, the nearest lower bar on each side by jumping along limits already found; then one area per bar.
 * Time: O(n) amortised, n = heights.length; O(n) memory for the two limit arrays.
 *
 * The largest rectangle is as tall as some bar b and spans (leftLower[b], rightLower[b]), the
 * nearest strictly lower bars on each side. To find leftLower[i], start at i - 1: while that bar
 * is at least as tall as bar i, every bar between it and its own leftLower is too, so jump
 * straight to its leftLower. A bar jumped over is hidden behind a bar at least as tall and is
 * never landed on again from further right, which bounds the jumps by O(n) per pass (the same
 * accounting as a monotonic stack, with the stack threaded through the limit array).
 */
export function largestRectangle(heights: readonly number[]): number {
  const n = heights.length;
  const leftLower = new Int32Array(n);
  const rightLower = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let j = i - 1;
    while (j >= 0 && heights[j]! >= heights[i]!) j = leftLower[j]!;
    leftLower[i] = j;
  }
  for (let i = n - 1; i >= 0; i--) {
    let j = i + 1;
    while (j < n && heights[j]! >= heights[i]!) j = rightLower[j]!;
    rightLower[i] = j;
  }
  let best = 0;
  for (let i = 0; i < n; i++) {
    const area = heights[i]! * (rightLower[i]! - leftLower[i]! - 1);
    if (area > best) best = area;
  }
  return best;
}
