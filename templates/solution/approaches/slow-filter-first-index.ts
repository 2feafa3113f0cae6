/**
 * slow: keep the values whose first index is their own position (findIndex from the start each time).
 * O(n²) time on distinct values.
 * exposed by: all values distinct (the bench's input).
 */
export function templateKata(values: readonly number[]): number {
  return values.filter((v, i) => values.findIndex((w) => w === v || (Number.isNaN(w) && Number.isNaN(v))) === i).length;
}
