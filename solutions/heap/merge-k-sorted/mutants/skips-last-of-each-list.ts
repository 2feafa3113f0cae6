// Mutant: advances a list while `at < length - 1`, so the last value of every list is dropped.
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  const next = lists.map(() => 0);
  const result: number[] = [];
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      if (next[i]! < lists[i]!.length - 1 && (best === -1 || lists[i]![next[i]!]! < lists[best]![next[best]!]!)) best = i;
    }
    if (best === -1) return result;
    result.push(lists[best]![next[best]!]!);
    next[best]!++;
  }
}
