// Mutant: keeps the waiting days in two preallocated Int32Arrays, their indices and their
// temperatures, so a fractional temperature is truncated and one of 2^31 or more wraps to a
// negative number: [18.5, 18.4, 18.6] gives [1, 1, 0] (18.4 looks warmer than the stored 18),
// and [2147483648, 0] gives [1, 0].
export function daysUntilWarmer(temps: readonly number[]): number[] {
  const result = new Array<number>(temps.length).fill(0);
  const days = new Int32Array(temps.length);
  const warmth = new Int32Array(temps.length);
  let top = 0;
  for (let j = 0; j < temps.length; j++) {
    const t = temps[j]!;
    while (top > 0 && warmth[top - 1]! < t) {
      top--;
      result[days[top]!] = j - days[top]!;
    }
    days[top] = j;
    warmth[top] = t;
    top++;
  }
  return result;
}
