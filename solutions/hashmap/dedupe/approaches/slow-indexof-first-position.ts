/**
 * slow: keeps items[i] exactly when the first index of its value in the input is i, asking indexOf each time (NaN, which indexOf never finds, gets its own search).
 * Time: O(n²) when the values are distinct: the search for item i walks i elements before it stops; n = items.length.
 * exposed by: mostly distinct items, as in the bench.
 */
export function dedupe<T>(items: readonly T[]): T[] {
  return items.filter((item, i) => {
    // indexOf compares with ===, which agrees with SameValueZero except that NaN never equals NaN.
    const first = item !== item ? items.findIndex((other) => other !== other) : items.indexOf(item);
    return first === i;
  });
}
