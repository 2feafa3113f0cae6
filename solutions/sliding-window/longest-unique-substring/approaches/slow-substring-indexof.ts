/**
 * slow: keeps the current repeat-free run as a string, finds a repeat with indexOf on that string and cuts the run just after it.
 * Time: O(n·w) for runs of length up to w (each step scans, and often re-flattens, the whole run), so O(n²) when the answer is about n/2 as in the bench; n = s.length.
 * exposed by: a large alphabet with long repeat-free runs (the bench); the native scan is fast, so only large n shows it.
 */
export function longestUniqueSubstring(s: string): number {
  let run = '';
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s[i]!; // indexing a string yields one UTF-16 code unit
    const at = run.indexOf(unit);
    if (at !== -1) run = run.slice(at + 1);
    run += unit;
    if (run.length > best) best = run.length;
  }
  return best;
}
