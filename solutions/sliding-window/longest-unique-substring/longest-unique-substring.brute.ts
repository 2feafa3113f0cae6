/**
 * Brute force: from every start index, extend while the next code unit is not in the run yet.
 * Correct, and the answer to state first, but O(n·answer) time: when the answer is about n/2 it
 * is quadratic.
 */
export function longestUniqueSubstring(s: string): number {
  let best = 0;
  for (let start = 0; start < s.length; start++) {
    const inRun = new Set<number>();
    let end = start;
    while (end < s.length && !inRun.has(s.charCodeAt(end))) {
      inRun.add(s.charCodeAt(end));
      end++;
    }
    if (end - start > best) best = end - start;
  }
  return best;
}
