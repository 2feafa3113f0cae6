// Mutant: returns `found || -1`, and index 0 is falsy, so the first element is reported missing.
function search(sorted: readonly number[], target: number): number | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === target) return mid;
    if (sorted[mid]! < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

export function binarySearch(sorted: readonly number[], target: number): number {
  return search(sorted, target) || -1;
}
