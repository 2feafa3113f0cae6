/**
 * slow: keep every index still waiting for an answer in a list and rebuild the list with `filter` at each new value.
 * Time: O(n·waiting), O(n²) in the worst case, n = nums.length: each new value is compared with
 * every index still waiting, not only with those it answers.
 * exposed by: strictly descending values (no index is ever answered, so the list holds every
 *   index so far), the bench's own input.
 *
 * This is the monotonic stack's idea without its order: the waiting indices are not known to be
 * sorted by value, so all of them are checked every time.
 */
export function nextGreater(nums: readonly number[]): number[] {
  const result = new Array<number>(nums.length).fill(-1);
  let waiting: number[] = [];
  for (let j = 0; j < nums.length; j++) {
    const value = nums[j]!;
    waiting = waiting.filter((i) => {
      if (nums[i]! < value) {
        result[i] = value;
        return false;
      }
      return true;
    });
    waiting.push(j);
  }
  return result;
}
