/**
 * slow: keeps the current window as an array queue with a running sum: push the entering value, shift() the leaving one.
 * Time: O(n) while V8 can trim the array's front in place, but shift() on an array too big for that (on Node 20, V8 11.3, the cut-off lies between 8 192 and 16 384 elements) moves all k elements, so O(n·k) = O(n²) for large k; n = nums.length.
 * exposed by: a large k on a long array (the bench's k = n/2 once k passes the engine's cut-off); small windows never show it.
 * known miss: the growth is a step, not a slope (V8 stops trimming in place between k = 8 192 and 16 384, then every call is ~600× the reference's and stays so), so the verdict rests on the sizes past 65 536 going over budget, which a loaded machine does not always reach (2026-12-07: flagged with seed 1, judged ok with seeds 2 and 11 while both cores were busy).
 */
export function maxSumWindow(nums: readonly number[], k: number): number {
  if (!Number.isInteger(k) || k < 1 || k > nums.length) {
    throw new RangeError(`k must be an integer in [1, ${nums.length}], got ${k}.`);
  }
  const window: number[] = [];
  let sum = 0;
  let best = Number.NEGATIVE_INFINITY;
  for (const value of nums) {
    window.push(value);
    sum += value;
    if (window.length > k) sum -= window.shift()!; // a queue where a head index belongs
    if (window.length === k && sum > best) best = sum;
  }
  return best;
}
