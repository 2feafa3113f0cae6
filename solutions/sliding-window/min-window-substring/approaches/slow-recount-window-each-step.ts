/**
 * slow: moves a left and a right edge like the linear solution, but tests coverage by counting the window's substring from scratch at every step.
 * Time: O(|s|·w) for windows up to w long: O(|s|²) when covering windows are long, as in the bench (the window grows to 3n/4 before it first covers t); n = |s|.
 * exposed by: a long shortest window, e.g. the bench's t = "QXZ" spread over n/2.
 */
function coversAll(window: string, need: ReadonlyMap<number, number>): boolean {
  const have = new Map<number, number>();
  for (let i = 0; i < window.length; i++) have.set(window.charCodeAt(i), (have.get(window.charCodeAt(i)) ?? 0) + 1);
  for (const [unit, count] of need) if ((have.get(unit) ?? 0) < count) return false;
  return true;
}

export function minWindowSubstring(s: string, t: string): string {
  if (t.length === 0) return '';
  const need = new Map<number, number>();
  for (let i = 0; i < t.length; i++) need.set(t.charCodeAt(i), (need.get(t.charCodeAt(i)) ?? 0) + 1);

  let best = '';
  let left = 0;
  for (let right = 0; right < s.length; right++) {
    // Each test re-counts s[left..right]: O(window) where an incremental count is O(1).
    while (left <= right && coversAll(s.slice(left, right + 1), need)) {
      if (best === '' || right - left + 1 < best.length) best = s.slice(left, right + 1);
      left++;
    }
  }
  return best;
}
