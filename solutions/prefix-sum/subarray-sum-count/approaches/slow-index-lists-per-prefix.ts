/**
 * slow: maps each prefix sum to the list of positions where it occurred, and for each new prefix P walks the whole list stored under P - k, counting one subarray per earlier position.
 * time: O(n + answer): one step per qualifying subarray. The bench's random values in -10..10 with k = 0 give about n^1.5 / 12 answers (a random walk revisits its values), so about O(n^1.5) there; all zeros with k = 0 give n(n+1)/2 answers, O(n²).
 * exposed by: inputs with very many qualifying subarrays, e.g. all zeros (or alternating 1, -1) with k = 0.
 *
 * Storing positions instead of counts is what people write when they first solve the "list the
 * subarrays" version, or want to keep the option open. Counting by walking the list makes the
 * time proportional to the size of the answer, which can be quadratic, where a count per prefix
 * value answers in O(1).
 */
export function subarraySumCount(nums: readonly number[], k: number): number {
  const positions = new Map<number, number[]>([[0, [0]]]);
  let prefix = 0;
  let count = 0;
  for (let j = 0; j < nums.length; j++) {
    prefix += nums[j]!;
    const earlier = positions.get(prefix - k);
    if (earlier !== undefined) {
      for (const i of earlier) if (i <= j) count++; // every earlier position starts one subarray ending at j
    }
    const list = positions.get(prefix);
    if (list === undefined) positions.set(prefix, [j + 1]);
    else list.push(j + 1);
  }
  return count;
}
