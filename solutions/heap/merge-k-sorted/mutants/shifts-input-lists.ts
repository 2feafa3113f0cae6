// Mutant: consumes the lists with `shift()`, emptying the caller's arrays (and throwing on frozen ones).
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  const mutable = lists as number[][];
  const result: number[] = [];
  for (;;) {
    let best = -1;
    for (let i = 0; i < mutable.length; i++) {
      if (mutable[i]!.length > 0 && (best === -1 || mutable[i]![0]! < mutable[best]![0]!)) best = i;
    }
    if (best === -1) return result;
    result.push(mutable[best]!.shift()!);
  }
}
