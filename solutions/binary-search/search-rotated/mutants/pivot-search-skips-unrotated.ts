// Mutant: finds the rotation point first, but compares with nums[0], which wrongly places the
// "minimum" at the end of an array that is not rotated; then it searches only the part that the
// target's comparison with nums[0] picks, so in an unrotated array most values are never found.
export function searchRotated(nums: readonly number[], target: number): number {
  const n = nums.length;
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid]! >= nums[0]!) lo = mid + 1;
    else hi = mid;
  }
  const pivot = lo; // index of the minimum, except when the array is not rotated
  const [from, to] = target >= nums[0]! ? [0, pivot - 1] : [pivot, n - 1];
  let a = from;
  let b = to;
  while (a <= b) {
    const mid = (a + b) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[mid]! < target) a = mid + 1;
    else b = mid - 1;
  }
  return -1;
}
