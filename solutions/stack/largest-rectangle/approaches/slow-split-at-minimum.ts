/**
 * slow: divide and conquer: the best rectangle either spans the whole range at the height of its lowest bar or lies left or right of that bar.
 * Time: O(n log n) when the lowest bar tends to split ranges in the middle (random heights),
 * O(n²) when it sits at one end every time (sorted heights), n = heights.length: each range is
 * scanned in full to find its lowest bar.
 * exposed by: ascending or descending heights (the bench's ascending input), or all-equal bars.
 *
 * Ranges wait on an explicit stack instead of recursion: on sorted heights the split is
 * lopsided and the depth would reach n.
 */
export function largestRectangle(heights: readonly number[]): number {
  let best = 0;
  const ranges: number[] = heights.length > 0 ? [0, heights.length - 1] : [];
  while (ranges.length > 0) {
    const hi = ranges.pop()!;
    const lo = ranges.pop()!;
    let lowest = lo;
    for (let i = lo + 1; i <= hi; i++) if (heights[i]! < heights[lowest]!) lowest = i;
    const area = heights[lowest]! * (hi - lo + 1);
    if (area > best) best = area;
    if (lo < lowest) ranges.push(lo, lowest - 1);
    if (lowest < hi) ranges.push(lowest + 1, hi);
  }
  return best;
}
