// Mutant: compares with `Object.is`, which handles NaN but tells 0 and -0 apart, so
// `[0, -0]` keeps both.
export function dedupe<T>(items: readonly T[]): T[] {
  const result: T[] = [];
  for (const item of items) {
    if (!result.some((kept) => Object.is(kept, item))) result.push(item);
  }
  return result;
}
