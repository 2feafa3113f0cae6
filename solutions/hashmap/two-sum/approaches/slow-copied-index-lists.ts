/**
 * slow: maps each value to the list of every index holding it, rebuilding that list by spreading it each time the value repeats.
 * Time: O(n) when values are distinct, O(n²) when one value repeats n times (the k-th copy copies a list of k-1 indices); n = nums.length.
 * exposed by: many copies of one value and no answer (e.g. every value 2, target 5); the bench's mostly distinct values hide it.
 */
export function twoSum(nums: readonly number[], target: number): [number, number] | null {
  const positions = new Map<number, number[]>();
  for (let j = 0; j < nums.length; j++) {
    const value = nums[j]!;
    const partners = positions.get(target - value);
    if (partners !== undefined) return [partners[0]!, j];
    // "Immutable" update: a fresh array per occurrence, so a value seen k times costs 1 + 2 + … + k.
    positions.set(value, [...(positions.get(value) ?? []), j]);
  }
  return null;
}
