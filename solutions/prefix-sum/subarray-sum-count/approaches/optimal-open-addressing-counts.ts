/**
 * optimal: the prefix-sum count, with its own hash table: open addressing with linear probing over typed arrays (keys in a Float64Array, counts in an Int32Array) sized to twice the number of prefixes.
 * time: O(n) expected (one probe sequence per value, short because the table is at most half full).
 *
 * Same identity as the reference (subarrays summing to k are pairs of prefix sums P(j) - P(i) = k),
 * but a different data structure: no Map, no boxed entries. The table never needs to grow, since
 * there are at most n + 1 distinct prefix sums. Keys are integers of up to 53 bits, hashed from
 * their two 32-bit halves with a multiplicative (Fibonacci) hash.
 */
export function subarraySumCount(nums: readonly number[], k: number): number {
  let capacity = 2;
  while (capacity < 2 * (nums.length + 1)) capacity *= 2;
  const mask = capacity - 1;
  const keys = new Float64Array(capacity);
  const counts = new Int32Array(capacity); // 0 marks an empty slot: stored counts are >= 1

  const slotOf = (key: number): number => {
    const low = key | 0;
    const high = Math.floor(key / 4294967296) | 0;
    let slot = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) & mask;
    while (counts[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  };

  let slot = slotOf(0);
  keys[slot] = 0;
  counts[slot] = 1;
  let prefix = 0;
  let count = 0;
  for (const value of nums) {
    prefix += value;
    count += counts[slotOf(prefix - k)]!; // 0 when absent
    slot = slotOf(prefix);
    keys[slot] = prefix;
    counts[slot]!++;
  }
  return count;
}
